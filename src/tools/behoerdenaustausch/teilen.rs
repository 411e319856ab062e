//! The Behördenaustausch's part in sharing packages: its Nachnutzungsangebote.
