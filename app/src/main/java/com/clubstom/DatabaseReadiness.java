package com.clubstom;

import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoException;
import com.mongodb.client.MongoClients;

/**
 * Fails the start at once with an actionable message when MongoDB is not there, instead of the driver's 30-second
 * timeout per bean and a wall of stack traces. Also refuses a standalone server: the clinic's data changes run in
 * transactions, which need a replica set. Runs before any bean exists (registered in {@code META-INF/spring.factories}),
 * and sends only {@code hello} (a full serverStatus crashes mongod under Wine, see STACK.md).
 */
class DatabaseReadiness implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		if (Boolean.getBoolean("spring.aot.processing")) {
			return; // the build's AOT step prepares the context without a database
		}
		var environment = event.getEnvironment();
		var uri = environment.getProperty("spring.mongodb.uri");
		if (uri == null || !environment.getProperty("clubstom.mongodb.check-on-start", Boolean.class, true)) {
			return;
		}
		var connection = new ConnectionString(uri);
		var where = String.join(",", connection.getHosts());
		var settings = MongoClientSettings.builder().applyConnectionString(connection)
				.applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(10, TimeUnit.SECONDS)).build();
		Document hello;
		try (var client = MongoClients.create(settings)) {
			hello = client.getDatabase("admin").runCommand(new Document("hello", 1));
		}
		catch (MongoException unreachable) {
			throw new IllegalStateException("Cannot reach MongoDB at " + where + ". Start ClubStom with './clubstom run' "
					+ "(it starts a local MongoDB), or set CLUBSTOM_MONGODB_URI to a MongoDB replica set.", unreachable);
		}
		if (hello.getString("setName") == null) {
			throw new IllegalStateException("MongoDB at " + where + " is a standalone server; ClubStom needs a replica set "
					+ "for transactions. Start mongod with --replSet rs0 and initiate it, or use './clubstom run'.");
		}
	}
}
