# Shared by payara.sh and wildfly.sh (sourced): messages, ports, fontconfig, the settings file, readiness.

say() { printf '[portal] %s\n' "$*" >&2; }
die() { say "ERROR: $*"; exit 1; }

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Invoice PDFs lay out text with the fonts Java finds through fontconfig; a headless server often lacks it.
ensure_fontconfig() {
    command -v fc-list >/dev/null && return
    [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null || die "Invoice PDFs need fontconfig: apt-get install -y fontconfig"
    say "Installing fontconfig for the invoice PDFs"
    apt-get install -y -q fontconfig >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q fontconfig >/dev/null; }
}

# Calls "$1 KEY VALUE" for each setting of the PORTAL_SETTINGS file (key=value lines; # and ! start comments).
each_setting() {
    [[ -r "$PORTAL_SETTINGS" ]] || die "PORTAL_SETTINGS=$PORTAL_SETTINGS is not a readable file"
    local line key value
    while IFS= read -r line || [[ -n "$line" ]]; do
        [[ "$line" =~ ^[[:space:]]*([#!].*)?$ ]] && continue
        [[ "$line" == *=* ]] || die "$PORTAL_SETTINGS: \"$line\" is not key=value"
        key=${line%%=*}; key=${key//[[:space:]]/}
        value=${line#*=}; value=${value#"${value%%[![:space:]]*}"}
        "$1" "$key" "$value"
    done < "$PORTAL_SETTINGS"
}

# Waits until the server's readiness URL ($1) and the sign-in page answer; $2 is the server log, for the message.
wait_until_ready() {
    for _ in $(seq 1 120); do
        if curl -fs -o /dev/null "$1" && curl -fs -o /dev/null "http://localhost:8080/portal/login.xhtml"; then
            return
        fi
        sleep 1
    done
    die "the portal did not become ready in 120 s (log: $2)"
}
