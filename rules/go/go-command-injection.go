package ops

import (
	"net/http"
	"os"
	"os/exec"
	"strconv"
)

var allowedTools = map[string]bool{"ping": true, "dig": true}

func diagnose(w http.ResponseWriter, r *http.Request) {
	host := r.URL.Query().Get("host")
	// ruleid: go-command-injection
	out, _ := exec.Command("sh", "-c", "nslookup "+host).Output()
	w.Write(out)
}

func tool(w http.ResponseWriter, r *http.Request) {
	name := r.FormValue("tool")
	// ruleid: go-command-injection
	exec.Command(name, "-c", "1").Run()
	if !allowedTools[name] {
		http.Error(w, "unknown tool", http.StatusBadRequest)
		return
	}
	// ok: go-command-injection
	exec.Command(name, "-c", "1").Run()
}

func safe(w http.ResponseWriter, r *http.Request) {
	host := r.URL.Query().Get("host")
	// ok: go-command-injection
	exec.Command("nslookup", "--", host).Run()
	n, _ := strconv.Atoi(r.FormValue("count"))
	// ok: go-command-injection
	exec.Command("sh", "-c", "seq "+strconv.Itoa(n)).Run()
	// ok: go-command-injection
	exec.Command("sh", "-c", "uptime").Run()
}

// Command-line arguments come from the user running the tool: not reported.
func main() {
	// ok: go-command-injection
	exec.Command(os.Args[0], "-child").Run()
}
