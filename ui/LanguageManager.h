#pragma once

#include <QObject>
#include <QString>
#include <QTranslator>

#include <optional>

namespace sfm::ui {

// Loads the app's and Qt's own translations and swaps them at run time: installing a translator sends
// QEvent::LanguageChange to every widget, so pages retranslate live without a restart.
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    enum class Language
    {
        Bokmal,
        Nynorsk,
        English
    };
    Q_ENUM(Language)

    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    Language language() const { return m_language; }
    // Installs the translations of `language` (app strings and Qt's buttons/dialogs) and sets the default
    // QLocale; false when the app's own translation could not be loaded (the UI then stays in English).
    bool setLanguage(Language language);

    static QList<Language> languages();
    static QString code(Language language); // "nb", "nn", "en" — stable, for settings and the CLI
    static std::optional<Language> fromCode(QStringView code);
    // The language's name in itself ("Norsk bokmål"), never translated: a user must find their own.
    static QString nativeName(Language language);
    // Bokmål unless the system asks for Nynorsk or a non-Norwegian language (then English).
    static Language systemDefault();

signals:
    void languageChanged(sfm::ui::LanguageManager::Language language);

private:
    QTranslator m_app;
    QTranslator m_qt;
    bool m_appInstalled = false;
    bool m_qtInstalled = false;
    Language m_language = Language::English;
};

} // namespace sfm::ui
