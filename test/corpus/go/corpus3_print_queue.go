// Command printq is the campus print-queue agent: it pulls jobs from the queue server and hands them to CUPS.
package main

import (
	"bufio"
	"bytes"
	"crypto/tls"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"time"
)

type Job struct {
	ID      string `json:"id"`
	Printer string `json:"printer"`
	Copies  string `json:"copies"`
	File    string `json:"file"`
	Owner   string `json:"owner"`
}

var printers = map[string]bool{"lib-2f-mono": true, "lab-b12-color": true, "admin-a3": true}

const spool = "/var/spool/printq"

func newClient(insecure bool) *http.Client {
	// ruleid: go-tls-insecure-skip-verify
	cfg := &tls.Config{InsecureSkipVerify: insecure}
	if os.Getenv("PRINTQ_LEGACY_TLS") == "1" {
		// ruleid: go-tls-weak-version
		cfg.MinVersion = tls.VersionTLS10
	}
	return &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{TLSClientConfig: cfg}}
}

func strictClient() *http.Client {
	// ok: go-tls-insecure-skip-verify, go-tls-weak-version
	cfg := &tls.Config{MinVersion: tls.VersionTLS12}
	return &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{TLSClientConfig: cfg}}
}

func fetchJobs(c *http.Client, server string) ([]Job, error) {
	resp, err := c.Get(server + "/api/jobs?state=pending")
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var jobs []Job
	err = json.NewDecoder(resp.Body).Decode(&jobs)
	return jobs, err
}

func printJob(j Job) error {
	// ruleid: go-path-traversal
	data, err := os.ReadFile(filepath.Join(spool, j.File))
	if err != nil {
		return err
	}
	if !printers[j.Printer] {
		return fmt.Errorf("unknown printer")
	}
	copies, err := strconv.Atoi(j.Copies)
	if err != nil || copies < 1 || copies > 50 {
		copies = 1
	}
	// ok: go-command-injection
	lp := exec.Command("lp", "-d", j.Printer, "-n", strconv.Itoa(copies), "-")
	lp.Stdin = bytes.NewReader(data)
	if err := lp.Run(); err != nil {
		return err
	}
	// ruleid: go-command-injection
	return exec.Command("/bin/sh", "-c", "echo printed | mail -s 'Job "+j.ID+"' "+j.Owner).Run()
}

func main() {
	server := flag.String("server", "https://printq.campus.example", "queue server")
	insecure := flag.Bool("insecure", false, "skip TLS verification (lab only)")
	flag.Parse()
	client := strictClient()
	if *insecure {
		client = newClient(true)
	}
	jobs, err := fetchJobs(client, *server)
	if err != nil {
		log.Fatalf("fetch: %v", err)
	}
	for _, j := range jobs {
		if err := printJob(j); err != nil {
			// ruleid: go-log-injection
			log.Printf("job %s for %s failed: %v", j.ID, j.Owner, err)
		}
	}
	in := bufio.NewScanner(os.Stdin)
	for in.Scan() {
		id := in.Text()
		if _, err := strconv.Atoi(id); err != nil {
			continue
		}
		// ok: go-log-injection
		log.Printf("manual retry requested for job %s", id)
	}
}
