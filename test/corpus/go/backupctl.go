// Command backupctl snapshots a Postgres database and uploads it to the backup host.
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
)

var dbName = regexp.MustCompile(`^[a-zA-Z0-9_]+$`)

func main() {
	dest := flag.String("dest", "/var/backups", "output folder")
	flag.Parse()
	db := flag.Arg(0)
	hook := os.Getenv("BACKUP_POST_HOOK")

	out := filepath.Join(*dest, db+".sql.gz")
	// ruleid: go-command-injection
	if err := exec.Command("bash", "-c", "pg_dump "+db+" | gzip > "+out).Run(); err != nil {
		log.Fatal(err)
	}
	if !dbName.MatchString(db) {
		log.Fatalf("invalid database name")
	}
	// ok: go-command-injection
	dump := exec.Command("pg_dump", "--format=custom", "--file", out, "--", db)
	if err := dump.Run(); err != nil {
		log.Fatal(err)
	}
	if hook != "" {
		// The hook is a shell command by design, set by whoever runs the backup (like a git hook).
		// ok: go-command-injection
		exec.Command("sh", "-c", hook).Run()
	}
	// ok: go-command-injection
	exec.Command("sync").Run()

	// ok: go-path-traversal
	f, err := os.Create(filepath.Join(*dest, "LAST_BACKUP"))
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	fmt.Fprintln(f, out)
}
