package ops

import (
	"encoding/json"
	"net/http"
	"os"
	"os/exec"
	"regexp"
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

var hostName = regexp.MustCompile(`^[a-z0-9.-]+$`)
var hasLetter = regexp.MustCompile(`[a-z]`)

// A check whose outcome is kept in a variable, and regular expressions that must match the whole value.
func lookup(w http.ResponseWriter, r *http.Request) {
	host := r.URL.Query().Get("host")
	valid := hostName.MatchString(host)
	if !valid {
		http.Error(w, "bad host", http.StatusBadRequest)
		return
	}
	// ok: go-command-injection
	exec.Command("sh", "-c", "nslookup "+host).Run()
}

func lookupLoose(w http.ResponseWriter, r *http.Request) {
	host := r.URL.Query().Get("host")
	if !hasLetter.MatchString(host) { // unanchored: "a; rm -rf ~" passes
		return
	}
	// ruleid: go-command-injection
	exec.Command("sh", "-c", "nslookup "+host).Run()
}

func lookupUnchecked(w http.ResponseWriter, r *http.Request) {
	host := r.URL.Query().Get("host")
	valid := hostName.MatchString(host)
	if valid {
		w.Write([]byte("looks fine"))
	}
	// ruleid: go-command-injection
	exec.Command("sh", "-c", "nslookup "+host).Run()
}

// Command-line arguments come from the user running the tool: not reported.
func main() {
	// ok: go-command-injection
	exec.Command(os.Args[0], "-child").Run()
}

// What another service answers is outside data too.
type job struct {
	Script string `json:"script"`
	Retries int   `json:"retries"`
}

func runRemoteJob(client *http.Client, url string) error {
	resp, err := client.Get(url)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var j job
	if err := json.NewDecoder(resp.Body).Decode(&j); err != nil {
		return err
	}
	// ruleid: go-command-injection
	if err := exec.Command("sh", "-c", j.Script).Run(); err != nil {
		return err
	}
	// ok: go-command-injection
	return exec.Command("retry-tool", "--count", strconv.Itoa(j.Retries)).Run()
}

