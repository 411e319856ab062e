//! Hash routes (`#/…`): the one place that turns a URL fragment into a [`Route`] and back.
//!
//! Hash routing works on every static web server, under any sub-path and after a reload,
//! without server configuration (leptos_router 0.8 has no hash mode). Fragments that do not
//! start with `#/` are in-page anchors such as the skip link's `#hauptinhalt`; they are not
//! routes, so [`Route::aus_hash`] returns `None` for them and the current page stays.

/// A page of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// Start page "Übersicht" (`#/` or no fragment).
    Uebersicht,
    /// Datenschutzhinweis (`#/datenschutz`).
    Datenschutz,
    /// Erklärung zur Barrierefreiheit (`#/barrierefreiheit`).
    Barrierefreiheit,
    /// Version, licences and publisher (`#/ueber`).
    Ueber,
    /// List of workspaces, metadata of the open one, storage use (`#/arbeitsbereiche`).
    Arbeitsbereiche,
    /// Backup download and restore, backup reminder (`#/sicherung`).
    Sicherung,
    /// Recovery view for a workspace whose stored data cannot be read
    /// (`#/wiederherstellung/<id>`).
    Wiederherstellung {
        /// Workspace identifier.
        id: String,
    },
    /// Diagnostic route that panics on purpose, so that operators and the end-to-end suite can
    /// see the error view (`#/diagnose/absturz`). It is not linked anywhere.
    Absturztest,
    /// Diagnostic list of every page of every registered tool, with the record pages of the
    /// open workspace and the data format number; the end-to-end sweep reads it
    /// (`#/diagnose/seiten`). It is not linked anywhere.
    Seitenverzeichnis,
    /// Any other path: the first segment names a tool of the registry, the rest is the tool's
    /// own sub-path. The app shows "Seite nicht gefunden" when no tool has that slug.
    Werkzeug {
        /// First path segment, e.g. `multiprojektplan`.
        slug: String,
        /// Remaining, percent-decoded segments.
        unterpfad: Vec<String>,
    },
}

impl Route {
    /// Parses a `location.hash` value (with or without the leading `#`).
    ///
    /// Returns `None` for in-page anchors (`#hauptinhalt`), which must not change the page.
    pub fn aus_hash(hash: &str) -> Option<Route> {
        let fragment = hash.strip_prefix('#').unwrap_or(hash);
        if fragment.is_empty() {
            return Some(Route::Uebersicht);
        }
        let pfad = fragment.strip_prefix('/')?;
        // A query part (`?…`) is reserved for tool views (filters); it never selects a page.
        let pfad = pfad.split(['?']).next().unwrap_or_default();
        let segmente: Vec<String> = pfad
            .split('/')
            .filter(|s| !s.is_empty())
            .map(prozent_dekodieren)
            .collect();
        let route = match segmente
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>()
            .as_slice()
        {
            [] => Route::Uebersicht,
            ["datenschutz"] => Route::Datenschutz,
            ["barrierefreiheit"] => Route::Barrierefreiheit,
            ["ueber"] => Route::Ueber,
            ["arbeitsbereiche"] => Route::Arbeitsbereiche,
            ["sicherung"] => Route::Sicherung,
            ["wiederherstellung", id] => Route::Wiederherstellung {
                id: (*id).to_owned(),
            },
            ["diagnose", "absturz"] => Route::Absturztest,
            ["diagnose", "seiten"] => Route::Seitenverzeichnis,
            [slug, rest @ ..] => Route::Werkzeug {
                slug: (*slug).to_owned(),
                unterpfad: rest.iter().map(|s| (*s).to_owned()).collect(),
            },
        };
        Some(route)
    }

    /// The `href` for links to this route, always starting with `#/`.
    pub fn href(&self) -> String {
        match self {
            Route::Uebersicht => "#/".to_owned(),
            Route::Datenschutz => "#/datenschutz".to_owned(),
            Route::Barrierefreiheit => "#/barrierefreiheit".to_owned(),
            Route::Ueber => "#/ueber".to_owned(),
            Route::Arbeitsbereiche => "#/arbeitsbereiche".to_owned(),
            Route::Sicherung => "#/sicherung".to_owned(),
            Route::Wiederherstellung { id } => {
                format!("#/wiederherstellung/{}", prozent_kodieren(id))
            }
            Route::Absturztest => "#/diagnose/absturz".to_owned(),
            Route::Seitenverzeichnis => "#/diagnose/seiten".to_owned(),
            Route::Werkzeug { slug, unterpfad } => {
                let mut href = format!("#/{}", prozent_kodieren(slug));
                for segment in unterpfad {
                    href.push('/');
                    href.push_str(&prozent_kodieren(segment));
                }
                href
            }
        }
    }

    /// Href of a tool's start page.
    pub fn werkzeug_href(slug: &str) -> String {
        Route::Werkzeug {
            slug: slug.to_owned(),
            unterpfad: Vec::new(),
        }
        .href()
    }
}

/// Decodes `%XX` escapes as UTF-8; malformed escapes are kept literally.
fn prozent_dekodieren(segment: &str) -> String {
    let bytes = segment.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let (Some(hoch), Some(tief)) = (hex_wert(bytes[i + 1]), hex_wert(bytes[i + 2])) {
                out.push(hoch * 16 + tief);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex_wert(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

/// Escapes everything except unreserved URL characters (RFC 3986) as `%XX`.
fn prozent_kodieren(segment: &str) -> String {
    let mut out = String::with_capacity(segment.len());
    for b in segment.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(hash: &str, erwartet: Option<Route>) {
        assert_eq!(Route::aus_hash(hash), erwartet, "hash {hash:?}");
    }

    #[test]
    fn feste_seiten() {
        check("", Some(Route::Uebersicht));
        check("#", Some(Route::Uebersicht));
        check("#/", Some(Route::Uebersicht));
        check("#/datenschutz", Some(Route::Datenschutz));
        check("#/barrierefreiheit/", Some(Route::Barrierefreiheit));
        check("#/ueber", Some(Route::Ueber));
        check("#/diagnose/absturz", Some(Route::Absturztest));
        check("#/diagnose/seiten", Some(Route::Seitenverzeichnis));
        check("/ueber", Some(Route::Ueber));
    }

    #[test]
    fn anker_sind_keine_routen() {
        check("#hauptinhalt", None);
        check("hauptinhalt", None);
    }

    #[test]
    fn werkzeugpfade_und_abfrage() {
        check(
            "#/multiprojektplan/projekt/P%202021-007?filter=rot",
            Some(Route::Werkzeug {
                slug: "multiprojektplan".into(),
                unterpfad: vec!["projekt".into(), "P 2021-007".into()],
            }),
        );
        check(
            "#/gibt-es-nicht",
            Some(Route::Werkzeug {
                slug: "gibt-es-nicht".into(),
                unterpfad: vec![],
            }),
        );
    }

    #[test]
    fn kaputte_escapes_bleiben_stehen() {
        check(
            "#/a%zz/%/%ä",
            Some(Route::Werkzeug {
                slug: "a%zz".into(),
                unterpfad: vec!["%".into(), "%ä".into()],
            }),
        );
        check(
            "#/%C3%BCbersicht",
            Some(Route::Werkzeug {
                slug: "übersicht".into(),
                unterpfad: vec![],
            }),
        );
    }

    #[test]
    fn href_und_parse_sind_invers() {
        let routen = [
            Route::Uebersicht,
            Route::Datenschutz,
            Route::Barrierefreiheit,
            Route::Ueber,
            Route::Arbeitsbereiche,
            Route::Sicherung,
            Route::Wiederherstellung { id: "ab-1".into() },
            Route::Absturztest,
            Route::Seitenverzeichnis,
            Route::Werkzeug {
                slug: "budgetmonitor".into(),
                unterpfad: vec!["titel".into(), "532 01/ä?#".into()],
            },
        ];
        for route in routen {
            assert_eq!(Route::aus_hash(&route.href()), Some(route.clone()));
        }
        assert_eq!(Route::werkzeug_href("budgetmonitor"), "#/budgetmonitor");
    }
}
