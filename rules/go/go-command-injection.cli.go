// Command archive: a command-line tool. Its arguments are data (names, folders), so splicing
// them into a shell string is injection for whoever scripts it; choosing a program is not.
package main

import (
	"flag"
	"log"
	"os"
	"os/exec"
)

var allowedTargets = map[string]bool{"daily": true, "weekly": true}

func main() {
	flag.Parse()
	name := flag.Arg(0)
	// ruleid: go-command-injection
	exec.Command("sh", "-c", "tar czf /backups/"+name+".tgz /srv/data").Run()
	sizeOf(flag.Arg(1))

	// ok: go-command-injection
	exec.Command("tar", "czf", "/backups/"+name+".tgz", "/srv/data").Run()
	// A wrapper runs the program it is given (like toolexec or xargs).
	// ok: go-command-injection
	exec.Command(flag.Arg(2), flag.Args()[3:]...).Run()
	// Re-running itself as a child process.
	// ok: go-command-injection
	exec.Command(os.Args[0], "child").Run()
	// A hook configured by whoever runs the tool is a shell command by design.
	// ok: go-command-injection
	exec.Command("sh", "-c", os.Getenv("ARCHIVE_POST_HOOK")).Run()

	if !allowedTargets[name] {
		log.Fatalf("unknown target %q", name)
	}
	// ok: go-command-injection
	exec.Command("sh", "-c", "run-parts /etc/archive/"+name).Run()
}

func sizeOf(dir string) {
	// ruleid: go-command-injection
	exec.Command("bash", "-c", "du -sh "+dir).Run()
}
