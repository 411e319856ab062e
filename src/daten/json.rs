//! Reading typed data from JSON text, with structs read only from JSON objects.
//!
//! `serde_json` accepts a struct both as an object and as an array of its fields in order, so
//! every derived `Deserialize` of a struct also carries a `visit_seq` that reads the array form.
//! We never write that form, and the app's module carried both readers of every model. [`lesen`]
//! hands the deserialiser a wrapper that passes everything through unchanged except that a
//! struct (and a struct variant) is read only through `visit_map`: the array readers are then
//! never called and drop out of the module (issue 24). An array where a struct belongs is
//! refused with serde's "invalid type" message, like any other wrong JSON type.
//!
//! Everything else — numbers, strings, `Option`, enums, maps, sequences, `Value` — is passed to
//! the wrapped visitor exactly as `serde_json` delivers it, and every nested value is read
//! through the same wrapper. Tested against `serde_json::from_str` on every tool's data.

use std::fmt;

use serde::de::{
    self, DeserializeOwned, DeserializeSeed, Deserializer, EnumAccess, MapAccess, SeqAccess,
    VariantAccess, Visitor,
};

/// Reads `T` from JSON text, as `serde_json::from_str` does, but structs only from objects.
pub fn lesen<T: DeserializeOwned>(text: &str) -> serde_json::Result<T> {
    let mut leser = serde_json::Deserializer::from_str(text);
    let wert = T::deserialize(Objekte(&mut leser))?;
    leser.end()?;
    Ok(wert)
}

/// A deserialiser that reads structs only from maps; see the module documentation.
struct Objekte<D>(D);

/// A visitor whose nested values are read through [`Objekte`].
struct Weiter<V>(V);

/// A struct's visitor: only `visit_map` is passed on.
struct NurKarte<V>(V);

/// Sequence, map and enum access whose values are read through [`Objekte`].
struct Zugriff<A>(A);

/// Forwards `deserialize_…` methods with their arguments, wrapping the visitor.
macro_rules! weiterleiten {
    ($($methode:ident($($arg:ident: $typ:ty),*) -> $huelle:ident;)*) => {$(
        fn $methode<V: Visitor<'de>>(
            self,
            $($arg: $typ,)*
            besucher: V,
        ) -> Result<V::Value, Self::Error> {
            self.0.$methode($($arg,)* $huelle(besucher))
        }
    )*};
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for Objekte<D> {
    type Error = D::Error;

    weiterleiten! {
        deserialize_any() -> Weiter;
        deserialize_bool() -> Weiter;
        deserialize_i8() -> Weiter;
        deserialize_i16() -> Weiter;
        deserialize_i32() -> Weiter;
        deserialize_i64() -> Weiter;
        deserialize_i128() -> Weiter;
        deserialize_u8() -> Weiter;
        deserialize_u16() -> Weiter;
        deserialize_u32() -> Weiter;
        deserialize_u64() -> Weiter;
        deserialize_u128() -> Weiter;
        deserialize_f32() -> Weiter;
        deserialize_f64() -> Weiter;
        deserialize_char() -> Weiter;
        deserialize_str() -> Weiter;
        deserialize_string() -> Weiter;
        deserialize_bytes() -> Weiter;
        deserialize_byte_buf() -> Weiter;
        deserialize_option() -> Weiter;
        deserialize_unit() -> Weiter;
        deserialize_seq() -> Weiter;
        deserialize_map() -> Weiter;
        deserialize_identifier() -> Weiter;
        deserialize_ignored_any() -> Weiter;
        deserialize_unit_struct(name: &'static str) -> Weiter;
        deserialize_newtype_struct(name: &'static str) -> Weiter;
        deserialize_tuple(laenge: usize) -> Weiter;
        deserialize_tuple_struct(name: &'static str, laenge: usize) -> Weiter;
        deserialize_enum(name: &'static str, varianten: &'static [&'static str]) -> Weiter;
        // The one change: a struct is read only from a map.
        deserialize_struct(name: &'static str, felder: &'static [&'static str]) -> NurKarte;
    }

    fn is_human_readable(&self) -> bool {
        self.0.is_human_readable()
    }
}

/// Forwards `visit_…` methods that take one plain value.
macro_rules! besuchen {
    ($($methode:ident: $typ:ty)*) => {$(
        fn $methode<E: de::Error>(self, wert: $typ) -> Result<V::Value, E> {
            self.0.$methode(wert)
        }
    )*};
}

impl<'de, V: Visitor<'de>> Visitor<'de> for Weiter<V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        self.0.expecting(f)
    }

    besuchen! {
        visit_bool: bool visit_i8: i8 visit_i16: i16 visit_i32: i32 visit_i64: i64
        visit_i128: i128 visit_u8: u8 visit_u16: u16 visit_u32: u32 visit_u64: u64
        visit_u128: u128 visit_f32: f32 visit_f64: f64 visit_char: char visit_str: &str
        visit_borrowed_str: &'de str visit_string: String visit_bytes: &[u8]
        visit_borrowed_bytes: &'de [u8] visit_byte_buf: Vec<u8>
    }

    fn visit_none<E: de::Error>(self) -> Result<V::Value, E> {
        self.0.visit_none()
    }

    fn visit_unit<E: de::Error>(self) -> Result<V::Value, E> {
        self.0.visit_unit()
    }

    fn visit_some<D: Deserializer<'de>>(self, leser: D) -> Result<V::Value, D::Error> {
        self.0.visit_some(Objekte(leser))
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(self, leser: D) -> Result<V::Value, D::Error> {
        self.0.visit_newtype_struct(Objekte(leser))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, folge: A) -> Result<V::Value, A::Error> {
        self.0.visit_seq(Zugriff(folge))
    }

    fn visit_map<A: MapAccess<'de>>(self, karte: A) -> Result<V::Value, A::Error> {
        self.0.visit_map(Zugriff(karte))
    }

    fn visit_enum<A: EnumAccess<'de>>(self, auswahl: A) -> Result<V::Value, A::Error> {
        self.0.visit_enum(Zugriff(auswahl))
    }
}

impl<'de, V: Visitor<'de>> Visitor<'de> for NurKarte<V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        self.0.expecting(f)
    }

    fn visit_map<A: MapAccess<'de>>(self, karte: A) -> Result<V::Value, A::Error> {
        self.0.visit_map(Zugriff(karte))
    }
}

/// A seed whose value is read through [`Objekte`].
struct Saat<S>(S);

impl<'de, S: DeserializeSeed<'de>> DeserializeSeed<'de> for Saat<S> {
    type Value = S::Value;

    fn deserialize<D: Deserializer<'de>>(self, leser: D) -> Result<S::Value, D::Error> {
        self.0.deserialize(Objekte(leser))
    }
}

impl<'de, A: SeqAccess<'de>> SeqAccess<'de> for Zugriff<A> {
    type Error = A::Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        saat: T,
    ) -> Result<Option<T::Value>, A::Error> {
        self.0.next_element_seed(Saat(saat))
    }

    fn size_hint(&self) -> Option<usize> {
        self.0.size_hint()
    }
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for Zugriff<A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        saat: K,
    ) -> Result<Option<K::Value>, A::Error> {
        self.0.next_key_seed(Saat(saat))
    }

    fn next_value_seed<W: DeserializeSeed<'de>>(&mut self, saat: W) -> Result<W::Value, A::Error> {
        self.0.next_value_seed(Saat(saat))
    }

    fn size_hint(&self) -> Option<usize> {
        self.0.size_hint()
    }
}

impl<'de, A: EnumAccess<'de>> EnumAccess<'de> for Zugriff<A> {
    type Error = A::Error;
    type Variant = Zugriff<A::Variant>;

    fn variant_seed<S: DeserializeSeed<'de>>(
        self,
        saat: S,
    ) -> Result<(S::Value, Self::Variant), A::Error> {
        self.0
            .variant_seed(Saat(saat))
            .map(|(wert, variante)| (wert, Zugriff(variante)))
    }
}

impl<'de, A: VariantAccess<'de>> VariantAccess<'de> for Zugriff<A> {
    type Error = A::Error;

    fn unit_variant(self) -> Result<(), A::Error> {
        self.0.unit_variant()
    }

    fn newtype_variant_seed<S: DeserializeSeed<'de>>(self, saat: S) -> Result<S::Value, A::Error> {
        self.0.newtype_variant_seed(Saat(saat))
    }

    fn tuple_variant<V: Visitor<'de>>(
        self,
        laenge: usize,
        besucher: V,
    ) -> Result<V::Value, A::Error> {
        self.0.tuple_variant(laenge, Weiter(besucher))
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        felder: &'static [&'static str],
        besucher: V,
    ) -> Result<V::Value, A::Error> {
        self.0.struct_variant(felder, NurKarte(besucher))
    }
}

#[cfg(test)]
mod tests {
    use serde::Deserialize;
    use serde_json::Value;

    use super::*;
    use crate::daten::arbeitsbereich::Arbeitsbereich;

    #[derive(Debug, Deserialize, PartialEq)]
    struct Punkt {
        x: i64,
        #[serde(default)]
        name: Option<String>,
    }

    #[derive(Debug, Deserialize, PartialEq)]
    enum Form {
        Leer,
        Zahl(u32),
        Paar(i8, i8),
        Ort { punkt: Punkt },
    }

    #[test]
    fn liest_wie_serde_json_ausser_strukturen_als_array() {
        let text = r#"[{"x":-3},{"x":1,"name":"ä\n"},{"x":18446744073709551615}]"#;
        assert!(
            lesen::<Vec<Punkt>>(text).is_err(),
            "u64 über i64 ist zu groß"
        );
        let text = r#"[{"x":-3},{"x":1,"name":"ä\n","anders":[1,{"y":2}]}]"#;
        assert_eq!(
            lesen::<Vec<Punkt>>(text).unwrap(),
            serde_json::from_str::<Vec<Punkt>>(text).unwrap()
        );
        let formen = r#"["Leer",{"Zahl":7},{"Paar":[1,-2]},{"Ort":{"punkt":{"x":5}}}]"#;
        assert_eq!(
            lesen::<Vec<Form>>(formen).unwrap(),
            serde_json::from_str::<Vec<Form>>(formen).unwrap()
        );
        let wert = r#"{"a":[1,2.5,-3,"x",null,true,{"b":{}}],"c":1e300}"#;
        assert_eq!(
            lesen::<Value>(wert).unwrap(),
            serde_json::from_str::<Value>(wert).unwrap()
        );

        // The array form of a struct, which serde_json accepts, is refused; so is trailing text.
        assert!(serde_json::from_str::<Punkt>("[4]").is_ok());
        let fehler = lesen::<Punkt>("[4]").unwrap_err().to_string();
        assert!(fehler.starts_with("invalid type: sequence"), "{fehler}");
        assert!(lesen::<Form>(r#"{"Ort":[{"x":1}]}"#).is_err());
        assert!(lesen::<Punkt>(r#"{"x":1} x"#).is_err());
        assert!(lesen::<Punkt>(r#"{"x":"1"}"#).is_err());
    }

    /// Every tool's data as the tests' fixtures hold it (every stored field set) and every
    /// tool's example read the same way as through `serde_json`.
    #[test]
    fn jeder_arbeitsbereich_liest_sich_wie_mit_serde_json() {
        let fixture: Value = serde_json::from_str(&crate::daten::umschlag::tests::fixture(
            crate::daten::umschlag::SCHEMA,
        ))
        .unwrap();
        let mut texte = vec![fixture["daten"].to_string()];
        let mut ab = Arbeitsbereich::neu("a", "Beispiel", "2026-12-06T10:00:00Z");
        crate::tools::alle_beispiele(
            &mut ab,
            crate::shared::datum::Datum::neu(2026, 12, 6).unwrap(),
        );
        texte.push(crate::daten::kanonisch::text(&ab).unwrap());
        for text in texte {
            let erwartet: Arbeitsbereich = serde_json::from_str(&text).unwrap();
            assert_eq!(lesen::<Arbeitsbereich>(&text).unwrap(), erwartet);
        }
    }
}
