//! Records with a permanent id, as every tool keeps them: plain lists (`Vec<T>`) of structs
//! with a field `id: u32`, numbered by the tool's counter `naechste_id`, never reused. Finding,
//! replacing and removing a record by its id, and handing out the next id, are written once
//! here instead of once per tool.
//!
//! A tool names its record types once with [`mit_id!`]; `use crate::shared::datensatz::Datensaetze`
//! then gives every list of them `mit_id`, `mit_id_mut`, `ersetze_oder_fuege_an` and
//! `entferne_id`.

/// A record with a permanent id (0 = not stored yet).
pub trait MitId {
    /// The record's id.
    fn id(&self) -> u32;
}

impl<T: MitId> MitId for &T {
    fn id(&self) -> u32 {
        (**self).id()
    }
}

/// Implements [`MitId`] for structs with a field `id: u32`.
macro_rules! mit_id {
    ($($typ:ty),+ $(,)?) => {
        $(impl $crate::shared::datensatz::MitId for $typ {
            fn id(&self) -> u32 {
                self.id
            }
        })+
    };
}
pub(crate) use mit_id;

/// A tool's list of records of one kind.
pub trait Datensaetze<T> {
    /// The record with `id`.
    fn mit_id(&self, id: u32) -> Option<&T>;
    /// The record with `id`, to change it.
    fn mit_id_mut(&mut self, id: u32) -> Option<&mut T>;
    /// Replaces the record with the id of `satz`, or appends `satz` when there is none.
    fn ersetze_oder_fuege_an(&mut self, satz: T);
    /// Removes the record with `id`; whether there was one.
    fn entferne_id(&mut self, id: u32) -> bool;
}

impl<T: MitId> Datensaetze<T> for Vec<T> {
    fn mit_id(&self, id: u32) -> Option<&T> {
        self.iter().find(|s| s.id() == id)
    }

    fn mit_id_mut(&mut self, id: u32) -> Option<&mut T> {
        self.iter_mut().find(|s| s.id() == id)
    }

    fn ersetze_oder_fuege_an(&mut self, satz: T) {
        match self.mit_id_mut(satz.id()) {
            Some(alt) => *alt = satz,
            None => self.push(satz),
        }
    }

    fn entferne_id(&mut self, id: u32) -> bool {
        let vorher = self.len();
        self.retain(|s| s.id() != id);
        self.len() != vorher
    }
}

/// Hands out the next id from a tool's counter `naechste`: never below `erste` (ids under it
/// are reserved, e.g. for shipped catalogue entries) and never one handed out before.
pub fn vergib_id(naechste: &mut u32, erste: u32) -> u32 {
    let id = (*naechste).max(erste);
    *naechste = id + 1;
    id
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, PartialEq)]
    struct Satz {
        id: u32,
        text: &'static str,
    }
    mit_id!(Satz);

    #[test]
    fn finden_ersetzen_entfernen_nach_id() {
        let mut liste = vec![Satz { id: 3, text: "a" }, Satz { id: 5, text: "b" }];
        assert_eq!(liste.mit_id(5).map(|s| s.text), Some("b"));
        assert!(liste.mit_id(4).is_none());
        liste.ersetze_oder_fuege_an(Satz { id: 5, text: "c" });
        liste.ersetze_oder_fuege_an(Satz { id: 7, text: "d" });
        assert_eq!(
            liste.iter().map(|s| (s.id, s.text)).collect::<Vec<_>>(),
            [(3, "a"), (5, "c"), (7, "d")]
        );
        liste.mit_id_mut(3).expect("da").text = "e";
        assert!(liste.entferne_id(3));
        assert!(!liste.entferne_id(3));
        assert_eq!(liste.mit_id(7).map(|s| s.text), Some("d"));
        assert_eq!(liste.len(), 2);
    }

    #[test]
    fn ids_werden_nie_wiederverwendet() {
        let mut naechste = 0;
        assert_eq!(vergib_id(&mut naechste, 100), 100);
        assert_eq!(vergib_id(&mut naechste, 100), 101);
        let mut spaeter = 250;
        assert_eq!(vergib_id(&mut spaeter, 100), 250);
        assert_eq!(spaeter, 251);
    }
}
