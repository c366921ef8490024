//! The owner's preferences kept in the library: the interface language.

use super::Library;
use crate::error::Result;
use crate::plan::Language;
use crate::store;

/// The settings key of the interface language chosen by the user.
const LANGUAGE_KEY: &str = "language";

impl Library {
    /// The interface language: the saved choice, else the system locale's, else French.
    pub fn language(&self, system_locale: Option<&str>) -> Result<Language> {
        let saved = self.reading(|c| store::settings::get(c, LANGUAGE_KEY))?;
        Ok(saved
            .as_deref()
            .and_then(Language::from_locale)
            .or_else(|| system_locale.and_then(Language::from_locale))
            .unwrap_or(Language::Fr))
    }

    /// Saves the interface language.
    pub fn set_language(&self, language: Language) -> Result<()> {
        self.writing(|tx| store::settings::set(tx, LANGUAGE_KEY, language.code()))
    }
}

#[cfg(test)]
mod tests {
    use crate::plan::Language;
    use crate::usecases::testing;

    #[test]
    fn language_prefers_the_saved_choice_then_the_system() {
        let (_dir, lib) = testing::seeded();
        assert_eq!(lib.language(Some("en_GB.UTF-8")).unwrap(), Language::En);
        assert_eq!(lib.language(Some("de_DE")).unwrap(), Language::Fr);
        lib.set_language(Language::Fr).unwrap();
        assert_eq!(lib.language(Some("en_US")).unwrap(), Language::Fr);
    }
}
