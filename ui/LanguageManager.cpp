#include "LanguageManager.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace sfm::ui {

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{}

LanguageManager::~LanguageManager()
{
    if (m_appInstalled)
        QCoreApplication::removeTranslator(&m_app);
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(&m_qt);
}

QList<LanguageManager::Language> LanguageManager::languages()
{
    return {Language::Bokmal, Language::Nynorsk, Language::English};
}

QString LanguageManager::code(Language language)
{
    switch (language) {
    case Language::Bokmal:
        return QStringLiteral("nb");
    case Language::Nynorsk:
        return QStringLiteral("nn");
    case Language::English:
        break;
    }
    return QStringLiteral("en");
}

std::optional<LanguageManager::Language> LanguageManager::fromCode(QStringView code)
{
    const QString c = code.toString().toLower();
    // "no" is the old umbrella code; written Norwegian without a variant is Bokmål in practice.
    if (c == QLatin1String("nb") || c == QLatin1String("no") || c.startsWith(QLatin1String("nb_")) ||
        c.startsWith(QLatin1String("nb-")))
        return Language::Bokmal;
    if (c == QLatin1String("nn") || c.startsWith(QLatin1String("nn_")) || c.startsWith(QLatin1String("nn-")))
        return Language::Nynorsk;
    if (c == QLatin1String("en") || c.startsWith(QLatin1String("en_")) || c.startsWith(QLatin1String("en-")))
        return Language::English;
    return std::nullopt;
}

QString LanguageManager::nativeName(Language language)
{
    switch (language) {
    case Language::Bokmal:
        return QStringLiteral("Norsk bokmål");
    case Language::Nynorsk:
        return QStringLiteral("Norsk nynorsk");
    case Language::English:
        break;
    }
    return QStringLiteral("English");
}

LanguageManager::Language LanguageManager::systemDefault()
{
    const QStringList ui = QLocale::system().uiLanguages();
    for (const QString &tag : ui) {
        if (const auto language = fromCode(tag))
            return *language;
    }
    return Language::Bokmal;
}

bool LanguageManager::setLanguage(Language language)
{
    const QString c = code(language);
    // Remove first: installing the same object again would not re-send LanguageChange.
    if (m_appInstalled)
        QCoreApplication::removeTranslator(&m_app);
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(&m_qt);
    m_appInstalled = m_qtInstalled = false;

    bool ok = true;
    if (m_app.load(QStringLiteral(":/i18n/sfm_onboarding_%1.qm").arg(c)))
        m_appInstalled = QCoreApplication::installTranslator(&m_app);
    else if (language != Language::English) {
        qCWarning(lcUi) << "no translation for" << c;
        ok = false;
    }

    // Qt's own strings: ours are embedded (nb from our file, nn copied from Debian's qtbase_nn.qm); fall
    // back to the system's Qt translations when a build had none.
    if (language != Language::English) {
        if (m_qt.load(QStringLiteral(":/i18n/qtbase_%1.qm").arg(c)) ||
            m_qt.load(QStringLiteral("qtbase_%1").arg(c), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            m_qtInstalled = QCoreApplication::installTranslator(&m_qt);
        else
            qCInfo(lcUi) << "no Qt translation for" << c;
    }

    QLocale::setDefault(QLocale(language == Language::Bokmal    ? QLocale::NorwegianBokmal
                                : language == Language::Nynorsk ? QLocale::NorwegianNynorsk
                                                                : QLocale::English,
                                language == Language::English ? QLocale::UnitedKingdom : QLocale::Norway));
    const bool changed = m_language != language;
    m_language = language;
    if (changed)
        emit languageChanged(language);
    return ok;
}

} // namespace sfm::ui
