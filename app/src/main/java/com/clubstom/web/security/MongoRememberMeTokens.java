package com.clubstom.web.security;

import java.util.Date;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.web.authentication.rememberme.PersistentRememberMeToken;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;

/**
 * "Remember me" tokens kept in MongoDB (collection {@code remember_me_tokens}): each sign-in series is stored and
 * rotated on use, so a stolen cookie is detected and no signing secret is needed in the configuration. Tokens expire
 * with a TTL index.
 */
class MongoRememberMeTokens implements PersistentTokenRepository {

	static final String COLLECTION = "remember_me_tokens";

	private final MongoTemplate mongo;

	MongoRememberMeTokens(MongoTemplate mongo, java.time.Duration validity) {
		this.mongo = mongo;
		var indexes = mongo.indexOps(COLLECTION);
		indexes.createIndex(new Index("username", org.springframework.data.domain.Sort.Direction.ASC));
		indexes.createIndex(new Index("lastUsed", org.springframework.data.domain.Sort.Direction.ASC).expire(validity));
	}

	@Override
	public void createNewToken(PersistentRememberMeToken token) {
		mongo.insert(new Document("_id", token.getSeries()).append("username", token.getUsername())
				.append("token", token.getTokenValue()).append("lastUsed", token.getDate()), COLLECTION);
	}

	@Override
	public void updateToken(String series, String tokenValue, Date lastUsed) {
		mongo.updateFirst(bySeries(series), Update.update("token", tokenValue).set("lastUsed", lastUsed), COLLECTION);
	}

	@Override
	public PersistentRememberMeToken getTokenForSeries(String series) {
		var found = mongo.findOne(bySeries(series), Document.class, COLLECTION);
		return found == null ? null
				: new PersistentRememberMeToken(found.getString("username"), series, found.getString("token"),
						found.getDate("lastUsed"));
	}

	@Override
	public void removeUserTokens(String username) {
		mongo.remove(Query.query(Criteria.where("username").is(username)), COLLECTION);
	}

	private static Query bySeries(String series) {
		return Query.query(Criteria.where("_id").is(series));
	}
}
