package com.clubstom.architecture;

import java.util.Comparator;
import java.util.List;

import org.springframework.modulith.ApplicationModule;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.lang.AbstractClassesTransformer;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The context packages below a root: its direct sub-packages that hold classes (a package-info alone does not make a
 * context), so rules can be stated about packages rather than classes.
 */
final class ContextPackages extends AbstractClassesTransformer<JavaPackage> {

	private final String root;

	ContextPackages(String root) {
		super("context packages (direct sub-packages of " + root + ")");
		this.root = root;
	}

	@Override
	public Iterable<JavaPackage> doTransform(JavaClasses classes) {
		if (!classes.containPackage(root)) {
			return List.of();
		}
		return classes.getPackage(root).getSubpackages().stream()
				.filter(context -> context.getClassesInPackageTree().stream()
						.anyMatch(type -> !type.getSimpleName().equals("package-info")))
				.sorted(Comparator.comparing(JavaPackage::getName)).toList();
	}

	/** The package-info carries {@code @ApplicationModule} with a displayName, which names the context in docs and diagrams. */
	static ArchCondition<JavaPackage> declareApplicationModuleWithDisplayName() {
		return new ArchCondition<>("have a package-info annotated @ApplicationModule with a non-blank displayName") {

			@Override
			public void check(JavaPackage context, ConditionEvents events) {
				if (context.tryGetPackageInfo().isEmpty()) {
					events.add(SimpleConditionEvent.violated(context, context.getName() + " has no package-info"));
					return;
				}
				var module = context.tryGetAnnotationOfType(ApplicationModule.class.getName());
				if (module.isEmpty()) {
					events.add(SimpleConditionEvent.violated(context,
							context.getName() + " has a package-info without @ApplicationModule"));
					return;
				}
				var displayName = module.get().get("displayName").map(String::valueOf).orElse("");
				if (displayName.isBlank()) {
					events.add(SimpleConditionEvent.violated(context,
							context.getName() + " declares @ApplicationModule without a displayName"));
				}
			}
		};
	}

	/** The package-info source starts with Javadoc saying what the context is for. */
	static ArchCondition<JavaPackage> beDescribedInJavadoc(PackageInfoSources sources) {
		return new ArchCondition<>("have a package-info.java with a Javadoc comment") {

			@Override
			public void check(JavaPackage context, ConditionEvents events) {
				var source = sources.find(context.getName());
				if (source.isEmpty()) {
					events.add(SimpleConditionEvent.violated(context,
							context.getName() + " has no package-info.java in " + sources.roots()));
				}
				else if (!PackageInfoSources.hasJavadoc(source.get())) {
					events.add(SimpleConditionEvent.violated(context,
							context.getName() + " has no Javadoc in " + source.get()));
				}
			}
		};
	}
}
