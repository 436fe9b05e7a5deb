package com.clubstom.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * Which bounded context a class belongs to: the first package segment below the root package ({@code com.clubstom.staff.web.X}
 * belongs to {@code staff}). Classes directly in the root package (the application class) belong to no context, so to
 * them every context is another context.
 */
final class Contexts {

	private Contexts() {
	}

	/** The context of {@code type} below {@code root}, or the empty string for the root package itself. */
	static String of(String root, JavaClass type) {
		var packageName = type.getPackageName();
		if (!packageName.startsWith(root + ".")) {
			return "";
		}
		var relative = packageName.substring(root.length() + 1);
		var dot = relative.indexOf('.');
		return dot < 0 ? relative : relative.substring(0, dot);
	}

	/** Whether {@code type} sits directly in its context's base package, not in a sub-package of it. */
	static boolean isInBasePackage(String root, JavaClass type) {
		var context = of(root, type);
		return !context.isEmpty() && type.getPackageName().equals(root + "." + context);
	}

	/**
	 * Holds when a class touches no type matching {@code privateToContext} that belongs to a different context. Arrays and
	 * generics are looked through, so {@code List<OtherContextsRepository>} counts too.
	 */
	static ArchCondition<JavaClass> notUseOtherContexts(String root, DescribedPredicate<JavaClass> privateToContext) {
		return new ArchCondition<>("not use " + privateToContext.getDescription() + " of another context") {

			@Override
			public void check(JavaClass origin, ConditionEvents events) {
				var ownContext = of(root, origin);
				origin.getDirectDependenciesFromSelf().forEach(dependency -> {
					var target = dependency.getTargetClass().getBaseComponentType();
					var targetContext = of(root, target);
					if (!targetContext.isEmpty() && !targetContext.equals(ownContext) && privateToContext.test(target)) {
						var message = "%s (%s) uses %s of context '%s': %s".formatted(origin.getName(),
								ownContext.isEmpty() ? "root package" : "context '" + ownContext + "'", target.getName(),
								targetContext, dependency.getDescription());
						events.add(SimpleConditionEvent.violated(dependency, message));
					}
				});
			}
		};
	}
}
