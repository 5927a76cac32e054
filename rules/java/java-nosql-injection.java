package com.example.store;

import com.mongodb.BasicDBObject;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.BasicQuery;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.web.bind.annotation.RequestParam;

public class Orders {
    void search(MongoCollection<Document> coll, @RequestParam String owner) {
        // ruleid: java-nosql-injection
        coll.find(new BasicDBObject("$where", "this.owner == '" + owner + "'"));
        // ruleid: java-nosql-injection
        coll.find(Document.parse("{owner: '" + owner + "'}"));
        // ok: java-nosql-injection
        coll.find(Filters.eq("owner", owner));
        // ok: java-nosql-injection
        coll.find(new BasicDBObject("$where", "this.active == true"));
    }

    // Spring Data MongoDB: BasicQuery parses JSON text.
    java.util.List<Document> lots(MongoTemplate mongo, @RequestParam String maker) {
        // ruleid: java-nosql-injection
        java.util.List<Document> a = mongo.find(new BasicQuery("{ maker: '" + maker + "' }"), Document.class, "lots");
        // ok: java-nosql-injection
        java.util.List<Document> b = mongo.find(new Query(Criteria.where("maker").is(maker)), Document.class, "lots");
        // ok: java-nosql-injection
        java.util.List<Document> c = mongo.find(new BasicQuery("{ sold: false }"), Document.class, "lots");
        a.addAll(b);
        a.addAll(c);
        return a;
    }
}
