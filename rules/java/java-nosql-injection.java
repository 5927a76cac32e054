package com.example.store;

import com.mongodb.BasicDBObject;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;
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
}
