package ops

import (
	"context"
	"os/exec"
)

func lookup(host string) ([]byte, error) {
	// ruleid: go-shell-command
	return exec.Command("sh", "-c", "nslookup "+host).Output()
}

func archive(ctx context.Context, dir string) error {
	// ruleid: go-shell-command
	return exec.CommandContext(ctx, "/bin/bash", "-c", dir).Run()
}

func lookupSafe(host string) ([]byte, error) {
	// ok: go-shell-command
	return exec.Command("nslookup", "--", host).Output()
}

func uptime() ([]byte, error) {
	// ok: go-shell-command
	return exec.Command("sh", "-c", "uptime | cut -d, -f1").Output()
}
