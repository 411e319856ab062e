//! The canonical JSON text of any serialisable value, written straight from the typed data.
//!
//! The envelope's checksum covers `daten` in canonical form: compact JSON with every object's
//! keys in byte order, exactly what `serde_json::to_string(&serde_json::to_value(x))` gives
//! (serde_json's map is ordered by key). Going through a `Value` costs an allocation per key,
//! per string and per map node: at 1,000 projects × 10 milestones more than the edit itself.
//! [`text`] writes the same text in one pass into one buffer: fields go out in declaration
//! order, and an object whose keys did not come sorted is rearranged in place when it ends.
//! Numbers, strings and escapes are written by serde_json's own serializer, so they are
//! byte-for-byte the same as before.
//!
//! Pure: only `serde` and `serde_json`.

use std::borrow::Cow;

use serde::ser::{self, Error as _, Impossible, Serialize};
use serde_json::Error;

use crate::shared::sortieren::Sortieren;

/// The canonical JSON text of `wert` (see the module header).
pub fn text<T: Serialize + ?Sized>(wert: &T) -> Result<String, Error> {
    let mut schreiber = Schreiber {
        aus: Vec::with_capacity(64 * 1024),
        eintraege: Vec::new(),
        umordnen: Vec::new(),
    };
    wert.serialize(&mut schreiber)?;
    String::from_utf8(schreiber.aus).map_err(Error::custom)
}

/// One `"key":value` of an object still open, as a byte range of the output.
struct Eintrag {
    /// The key unescaped: what the order is taken on.
    schluessel: Cow<'static, str>,
    anfang: usize,
    ende: usize,
}

struct Schreiber {
    aus: Vec<u8>,
    /// Entries of every object still open, innermost last.
    eintraege: Vec<Eintrag>,
    /// Scratch space for rearranging an object.
    umordnen: Vec<u8>,
}

impl Schreiber {
    fn json(&mut self) -> serde_json::Serializer<&mut Vec<u8>> {
        serde_json::Serializer::new(&mut self.aus)
    }
}

/// Scalars are written by serde_json itself.
macro_rules! durchreichen {
    ($($name:ident($typ:ty)),* $(,)?) => {
        $(fn $name(self, wert: $typ) -> Result<(), Error> {
            ser::Serializer::$name(&mut self.json(), wert)
        })*
    };
}

impl<'a> ser::Serializer for &'a mut Schreiber {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Liste<'a>;
    type SerializeTuple = Liste<'a>;
    type SerializeTupleStruct = Liste<'a>;
    type SerializeTupleVariant = Liste<'a>;
    type SerializeMap = Objekt<'a>;
    type SerializeStruct = Objekt<'a>;
    type SerializeStructVariant = Objekt<'a>;

    durchreichen!(
        serialize_bool(bool),
        serialize_i8(i8),
        serialize_i16(i16),
        serialize_i32(i32),
        serialize_i64(i64),
        serialize_i128(i128),
        serialize_u8(u8),
        serialize_u16(u16),
        serialize_u32(u32),
        serialize_u64(u64),
        serialize_u128(u128),
        serialize_f64(f64),
        serialize_char(char),
        serialize_str(&str),
        serialize_bytes(&[u8]),
    );

    /// As `to_value` does: an `f32` becomes a JSON number through `f64`.
    fn serialize_f32(self, wert: f32) -> Result<(), Error> {
        self.serialize_f64(f64::from(wert))
    }

    fn serialize_none(self) -> Result<(), Error> {
        self.serialize_unit()
    }

    fn serialize_some<T: Serialize + ?Sized>(self, wert: &T) -> Result<(), Error> {
        wert.serialize(self)
    }

    fn serialize_unit(self) -> Result<(), Error> {
        self.aus.extend_from_slice(b"null");
        Ok(())
    }

    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), Error> {
        self.serialize_unit()
    }

    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variante: &'static str,
    ) -> Result<(), Error> {
        self.serialize_str(variante)
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        wert: &T,
    ) -> Result<(), Error> {
        wert.serialize(self)
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        variante: &'static str,
        wert: &T,
    ) -> Result<(), Error> {
        self.aus.push(b'{');
        schluessel_schreiben(&mut self.aus, variante)?;
        wert.serialize(&mut *self)?;
        self.aus.push(b'}');
        Ok(())
    }

    fn serialize_seq(self, _laenge: Option<usize>) -> Result<Liste<'a>, Error> {
        self.aus.push(b'[');
        Ok(Liste {
            schreiber: self,
            erstes: true,
            variante: false,
        })
    }

    fn serialize_tuple(self, laenge: usize) -> Result<Liste<'a>, Error> {
        self.serialize_seq(Some(laenge))
    }

    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        laenge: usize,
    ) -> Result<Liste<'a>, Error> {
        self.serialize_seq(Some(laenge))
    }

    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variante: &'static str,
        _laenge: usize,
    ) -> Result<Liste<'a>, Error> {
        self.aus.push(b'{');
        schluessel_schreiben(&mut self.aus, variante)?;
        self.aus.push(b'[');
        Ok(Liste {
            schreiber: self,
            erstes: true,
            variante: true,
        })
    }

    fn serialize_map(self, _laenge: Option<usize>) -> Result<Objekt<'a>, Error> {
        Ok(Objekt::oeffnen(self, false))
    }

    fn serialize_struct(self, _name: &'static str, _laenge: usize) -> Result<Objekt<'a>, Error> {
        Ok(Objekt::oeffnen(self, false))
    }

    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variante: &'static str,
        _laenge: usize,
    ) -> Result<Objekt<'a>, Error> {
        self.aus.push(b'{');
        schluessel_schreiben(&mut self.aus, variante)?;
        Ok(Objekt::oeffnen(self, true))
    }
}

/// Writes `"key":` with serde_json's escaping (field names need none and go out as they are).
fn schluessel_schreiben(aus: &mut Vec<u8>, schluessel: &str) -> Result<(), Error> {
    if schluessel
        .bytes()
        .all(|b| b >= 0x20 && b != b'"' && b != b'\\')
    {
        aus.push(b'"');
        aus.extend_from_slice(schluessel.as_bytes());
        aus.extend_from_slice(b"\":");
    } else {
        serde_json::to_writer(&mut *aus, schluessel)?;
        aus.push(b':');
    }
    Ok(())
}

/// An array being written (also a tuple variant's array, closed with `]}`).
pub struct Liste<'a> {
    schreiber: &'a mut Schreiber,
    erstes: bool,
    variante: bool,
}

impl Liste<'_> {
    fn element<T: Serialize + ?Sized>(&mut self, wert: &T) -> Result<(), Error> {
        if !std::mem::take(&mut self.erstes) {
            self.schreiber.aus.push(b',');
        }
        wert.serialize(&mut *self.schreiber)
    }

    fn schliessen(self) -> Result<(), Error> {
        self.schreiber.aus.push(b']');
        if self.variante {
            self.schreiber.aus.push(b'}');
        }
        Ok(())
    }
}

macro_rules! liste {
    ($($zug:ident :: $methode:ident),*) => {
        $(impl ser::$zug for Liste<'_> {
            type Ok = ();
            type Error = Error;
            fn $methode<T: Serialize + ?Sized>(&mut self, wert: &T) -> Result<(), Error> {
                self.element(wert)
            }
            fn end(self) -> Result<(), Error> {
                self.schliessen()
            }
        })*
    };
}

liste!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);

/// An object being written: its entries go out as they come and are put in key order when it
/// ends (a struct variant's object is then closed with `}}`).
pub struct Objekt<'a> {
    schreiber: &'a mut Schreiber,
    /// Index of this object's first entry in `schreiber.eintraege`.
    erster: usize,
    variante: bool,
}

impl<'a> Objekt<'a> {
    fn oeffnen(schreiber: &'a mut Schreiber, variante: bool) -> Self {
        schreiber.aus.push(b'{');
        let erster = schreiber.eintraege.len();
        Objekt {
            schreiber,
            erster,
            variante,
        }
    }

    /// Starts an entry: the comma before it and its key.
    fn schluessel(&mut self, schluessel: Cow<'static, str>) -> Result<(), Error> {
        let s = &mut *self.schreiber;
        if s.eintraege.len() > self.erster {
            s.aus.push(b',');
        }
        let anfang = s.aus.len();
        schluessel_schreiben(&mut s.aus, &schluessel)?;
        s.eintraege.push(Eintrag {
            schluessel,
            anfang,
            ende: anfang,
        });
        Ok(())
    }

    fn wert<T: Serialize + ?Sized>(&mut self, wert: &T) -> Result<(), Error> {
        wert.serialize(&mut *self.schreiber)?;
        let ende = self.schreiber.aus.len();
        if let Some(eintrag) = self.schreiber.eintraege.last_mut() {
            eintrag.ende = ende;
        }
        Ok(())
    }

    fn schliessen(self) -> Result<(), Error> {
        let s = self.schreiber;
        let eintraege = &mut s.eintraege[self.erster..];
        let sortiert = eintraege
            .windows(2)
            .all(|paar| paar[0].schluessel <= paar[1].schluessel);
        if !sortiert {
            // The entries lie one after another, separated by commas; copy them aside and
            // write them back in key order.
            let anfang = eintraege[0].anfang;
            s.umordnen.clear();
            s.umordnen.extend_from_slice(&s.aus[anfang..]);
            s.aus.truncate(anfang);
            eintraege.sortiere_nach(|a, b| a.schluessel.cmp(&b.schluessel));
            for (i, eintrag) in eintraege.iter().enumerate() {
                if i > 0 {
                    s.aus.push(b',');
                }
                s.aus
                    .extend_from_slice(&s.umordnen[eintrag.anfang - anfang..eintrag.ende - anfang]);
            }
        }
        s.eintraege.truncate(self.erster);
        s.aus.push(b'}');
        if self.variante {
            s.aus.push(b'}');
        }
        Ok(())
    }
}

/// A struct's and a struct variant's fields are entries with a fixed key.
macro_rules! objekt {
    ($($zug:ident),*) => {
        $(impl ser::$zug for Objekt<'_> {
            type Ok = ();
            type Error = Error;

            fn serialize_field<T: Serialize + ?Sized>(
                &mut self,
                schluessel: &'static str,
                wert: &T,
            ) -> Result<(), Error> {
                self.schluessel(Cow::Borrowed(schluessel))?;
                self.wert(wert)
            }

            fn end(self) -> Result<(), Error> {
                self.schliessen()
            }
        })*
    };
}

objekt!(SerializeStruct, SerializeStructVariant);

impl ser::SerializeMap for Objekt<'_> {
    type Ok = ();
    type Error = Error;

    fn serialize_key<T: Serialize + ?Sized>(&mut self, schluessel: &T) -> Result<(), Error> {
        let text = schluessel.serialize(Schluesseltext)?;
        self.schluessel(Cow::Owned(text))
    }

    fn serialize_value<T: Serialize + ?Sized>(&mut self, wert: &T) -> Result<(), Error> {
        self.wert(wert)
    }

    fn end(self) -> Result<(), Error> {
        self.schliessen()
    }
}

/// A map key as the text serde_json makes of it: strings as they are, numbers, characters and
/// booleans as their text; anything else is an error, as in serde_json.
struct Schluesseltext;

fn kein_schluessel() -> Error {
    Error::custom("key must be a string")
}

macro_rules! als_text {
    ($($name:ident($typ:ty)),* $(,)?) => {
        $(fn $name(self, wert: $typ) -> Result<String, Error> {
            Ok(wert.to_string())
        })*
    };
}

macro_rules! kein_text {
    ($($name:ident($($typ:ty),*)),* $(,)?) => {
        $(fn $name(self, $(_: $typ),*) -> Result<String, Error> {
            Err(kein_schluessel())
        })*
    };
}

impl ser::Serializer for Schluesseltext {
    type Ok = String;
    type Error = Error;
    type SerializeSeq = Impossible<String, Error>;
    type SerializeTuple = Impossible<String, Error>;
    type SerializeTupleStruct = Impossible<String, Error>;
    type SerializeTupleVariant = Impossible<String, Error>;
    type SerializeMap = Impossible<String, Error>;
    type SerializeStruct = Impossible<String, Error>;
    type SerializeStructVariant = Impossible<String, Error>;

    als_text!(
        serialize_bool(bool),
        serialize_i8(i8),
        serialize_i16(i16),
        serialize_i32(i32),
        serialize_i64(i64),
        serialize_i128(i128),
        serialize_u8(u8),
        serialize_u16(u16),
        serialize_u32(u32),
        serialize_u64(u64),
        serialize_u128(u128),
        serialize_char(char),
        serialize_str(&str),
    );

    kein_text!(
        serialize_f32(f32),
        serialize_f64(f64),
        serialize_bytes(&[u8]),
        serialize_none(),
        serialize_unit(),
        serialize_unit_struct(&'static str),
    );

    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variante: &'static str,
    ) -> Result<String, Error> {
        Ok(variante.to_owned())
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        wert: &T,
    ) -> Result<String, Error> {
        wert.serialize(self)
    }

    fn serialize_some<T: Serialize + ?Sized>(self, _wert: &T) -> Result<String, Error> {
        Err(kein_schluessel())
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        _variante: &'static str,
        _wert: &T,
    ) -> Result<String, Error> {
        Err(kein_schluessel())
    }

    fn serialize_seq(self, _laenge: Option<usize>) -> Result<Self::SerializeSeq, Error> {
        Err(kein_schluessel())
    }

    fn serialize_tuple(self, _laenge: usize) -> Result<Self::SerializeTuple, Error> {
        Err(kein_schluessel())
    }

    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        _laenge: usize,
    ) -> Result<Self::SerializeTupleStruct, Error> {
        Err(kein_schluessel())
    }

    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variante: &'static str,
        _laenge: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        Err(kein_schluessel())
    }

    fn serialize_map(self, _laenge: Option<usize>) -> Result<Self::SerializeMap, Error> {
        Err(kein_schluessel())
    }

    fn serialize_struct(
        self,
        _name: &'static str,
        _laenge: usize,
    ) -> Result<Self::SerializeStruct, Error> {
        Err(kein_schluessel())
    }

    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variante: &'static str,
        _laenge: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        Err(kein_schluessel())
    }
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, HashMap};

    use proptest::prelude::*;
    use serde::Serialize;
    use serde_json::{json, Value};

    use super::text;

    /// What the checksum has always covered: the text of the value tree.
    fn ueber_wert<T: Serialize>(wert: &T) -> String {
        serde_json::to_string(&serde_json::to_value(wert).unwrap()).unwrap()
    }

    #[derive(Serialize)]
    enum Art {
        Einfach,
        Zahl(i64),
        Paar(u8, String),
        Satz { zeta: bool, alpha: Option<f64> },
    }

    #[derive(Serialize)]
    struct Innen {
        z: Vec<Art>,
        b: (),
        a: Option<String>,
    }

    #[derive(Serialize)]
    struct Aussen {
        zuletzt: f32,
        mitte: BTreeMap<u32, Innen>,
        #[serde(skip_serializing_if = "Option::is_none")]
        fehlt: Option<u8>,
        anfang: HashMap<String, i128>,
        #[serde(flatten)]
        weitere: BTreeMap<String, Value>,
        text: &'static str,
        zeichen: char,
        neu: Neu,
    }

    #[derive(Serialize)]
    struct Neu(u64);

    /// Out-of-order fields, nested objects, enum variants of every shape, numeric map keys
    /// (sorted as text: "10" before "9"), skipped and flattened fields, escapes, characters
    /// beyond the BMP and floats give the same text as the way through `Value`.
    #[test]
    fn gleich_dem_weg_ueber_den_wert() {
        let innen = |n: u8| Innen {
            z: vec![
                Art::Einfach,
                Art::Zahl(-7),
                Art::Paar(n, "Anf\"ührung\n\u{1}".into()),
                Art::Satz {
                    zeta: true,
                    alpha: Some(0.1),
                },
                Art::Satz {
                    zeta: false,
                    alpha: Some(f64::NAN),
                },
            ],
            b: (),
            a: if n.is_multiple_of(2) {
                Some("😀 ß".into())
            } else {
                None
            },
        };
        let wert = Aussen {
            zuletzt: 0.1,
            mitte: (0..12).map(|n| (n * 3, innen(n as u8))).collect(),
            fehlt: None,
            anfang: [
                ("ö".to_owned(), 1),
                ("o".to_owned(), -2),
                ("\\".to_owned(), 3),
            ]
            .into_iter()
            .collect(),
            weitere: [
                ("aaa".to_owned(), json!({"y": [1, 2.5, null], "x": "é"})),
                ("zzz".to_owned(), json!(true)),
            ]
            .into_iter()
            .collect(),
            text: "Tab\tund Rück\\strich",
            zeichen: 'ä',
            neu: Neu(u64::MAX),
        };
        assert_eq!(text(&wert).unwrap(), ueber_wert(&wert));
    }

    #[test]
    fn nicht_darstellbare_schluessel_sind_ein_fehler() {
        let mut karte = HashMap::new();
        karte.insert(vec![1], 2);
        assert!(text(&karte).is_err());
        assert!(serde_json::to_value(&karte).is_err());
    }

    fn beliebiger_wert() -> impl Strategy<Value = Value> {
        let blatt = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::from),
            any::<i64>().prop_map(Value::from),
            any::<f64>().prop_map(Value::from),
            ".{0,8}".prop_map(Value::from),
        ];
        blatt.prop_recursive(4, 64, 6, |innen| {
            prop_oneof![
                prop::collection::vec(innen.clone(), 0..6).prop_map(Value::from),
                prop::collection::btree_map(".{0,4}", innen, 0..6)
                    .prop_map(|k| Value::Object(k.into_iter().collect())),
            ]
        })
    }

    proptest! {
        /// Any JSON value (maps already in key order) comes out exactly as serde_json writes it;
        /// the same maps fed in reverse key order come out sorted.
        #[test]
        fn beliebige_werte(wert in beliebiger_wert()) {
            prop_assert_eq!(text(&wert).unwrap(), serde_json::to_string(&wert).unwrap());
            if let Value::Object(karte) = &wert {
                let umgekehrt: Vec<(&String, &Value)> = karte.iter().rev().collect();
                struct Rueckwaerts<'a>(Vec<(&'a String, &'a Value)>);
                impl Serialize for Rueckwaerts<'_> {
                    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                        s.collect_map(self.0.iter().copied())
                    }
                }
                prop_assert_eq!(
                    text(&Rueckwaerts(umgekehrt)).unwrap(),
                    serde_json::to_string(&wert).unwrap()
                );
            }
        }
    }
}
