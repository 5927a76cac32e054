package store

import (
	"context"
	"net/http"

	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
)

func search(coll *mongo.Collection, w http.ResponseWriter, r *http.Request) {
	owner := r.URL.Query().Get("owner")
	// ruleid: go-nosql-injection
	coll.Find(context.TODO(), bson.M{"$where": "this.owner == '" + owner + "'"})
	// ruleid: go-nosql-injection
	coll.Find(context.TODO(), bson.D{{"$where", "this.name == '" + r.FormValue("name") + "'"}})
	// ok: go-nosql-injection
	coll.Find(context.TODO(), bson.M{"owner": owner})
	// ok: go-nosql-injection
	coll.Find(context.TODO(), bson.M{"$where": "this.active == true"})
}
