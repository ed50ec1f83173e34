// The translations of the whole project (translations/*.ts) are complete and well-formed: no unfinished or
// empty message, "…" instead of "...", the placeholders and mnemonics of each source kept, contexts that
// exist at run time, Nynorsk that is not Bokmål with a few words swapped, and the embedded .qm files
// (ours and Qt's own) load and translate; and every string in the sources of core, ui and app is translated.

#include "MissingTool.h"

#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one, or the numerus forms
    QString type;             // "unfinished", "vanished", "obsolete" or empty
    bool numerus = false;
};

QList<Message> readTs(const QString &path)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message();
            current.context = context;
            current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (current.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("numerusform"))
                        current.translations.append(xml.readElementText());
                    else
                        xml.skipCurrentElement();
                }
            } else {
                current.translations.append(xml.readElementText());
            }
            messages.append(current);
        }
    }
    if (xml.hasError())
        qWarning() << path << xml.errorString();
    return messages;
}

QString tsPath(const char *language)
{
    return QStringLiteral(SFM_SOURCE_DIR "/translations/sfm_onboarding_%1.ts").arg(QLatin1String(language));
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(?:[1-9]|n)"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    return found;
}

bool hasMnemonic(const QString &text)
{
    QString t = text;
    t.remove(QStringLiteral("&&"));
    static const QRegularExpression entity(QStringLiteral("&[a-z]+;"));
    t.remove(entity);
    return t.contains(QLatin1Char('&'));
}

QString withoutTags(QString text)
{
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    return text.remove(tag);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void complete_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *l : {"nb", "nn", "en"})
            QTest::newRow(l) << QString::fromLatin1(l);
    }
    void complete()
    {
        QFETCH(QString, language);
        const auto messages = readTs(tsPath(language.toLatin1().constData()));
        QVERIFY2(messages.size() > 100, "the .ts file is missing or nearly empty");
        QStringList problems;
        for (const Message &m : messages) {
            const QString where = m.context + QStringLiteral(" | ") + m.source.left(60);
            if (m.type == QLatin1String("unfinished"))
                problems << QStringLiteral("unfinished: ") + where;
            if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
                problems << QStringLiteral("obsolete (run update_translations): ") + where;
            for (const QString &t : m.translations) {
                if (t.trimmed().isEmpty())
                    problems << QStringLiteral("empty: ") + where;
                if (placeholders(t) != placeholders(m.source))
                    problems << QStringLiteral("placeholders differ: ") + where;
                if (hasMnemonic(m.source) != hasMnemonic(t))
                    problems << QStringLiteral("mnemonic (&) lost or added: ") + where;
                if (t.contains(QLatin1String("...")))
                    problems << QStringLiteral("\"...\" instead of \"…\": ") + where;
            }
            if (m.numerus && m.translations.size() < 2)
                problems << QStringLiteral("numerus forms missing: ") + where;
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // Source texts are written with "…", and every context exists at run time: tr() in a free function is
    // filed by lupdate under the namespace (or nothing), which no class uses — such messages would never be
    // translated.
    void sourcesAndContexts()
    {
        const auto messages = readTs(tsPath("en"));
        const QSet<QString> namespaces = {QStringLiteral("sfm"),          QStringLiteral("sfm::ui"),
                                          QStringLiteral("sfm::crypto"),  QStringLiteral("sfm::net"),
                                          QStringLiteral("sfm::helseid"), QStringLiteral("sfm::onboarding"),
                                          QStringLiteral("sfm::storage"), QStringLiteral("sfm::cli"),
                                          QStringLiteral("sfm::gui"),     QStringLiteral("sfm::sim")};
        QStringList problems;
        for (const Message &m : messages) {
            if (m.source.contains(QLatin1String("...")))
                problems << QStringLiteral("\"...\" in source: ") + m.context + QStringLiteral(" | ") +
                                m.source;
            if (m.context.isEmpty() || namespaces.contains(m.context))
                problems << QStringLiteral("no class context: «") + m.context + QStringLiteral("» | ") +
                                m.source;
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // Norwegian texts quote with «», never with straight double quotes (HTML attributes aside).
    void norwegianQuotes()
    {
        QStringList problems;
        for (const char *l : {"nb", "nn"}) {
            for (const Message &m : readTs(tsPath(l))) {
                for (const QString &t : m.translations) {
                    if (withoutTags(t).contains(QLatin1Char('"')))
                        problems << QString::fromLatin1(l) + QStringLiteral(": ") + t.left(80);
                }
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // Nynorsk is a written standard of its own: most longer messages differ from Bokmål, and typical
    // Bokmål-only words do not appear in it (nor Nynorsk-only words in Bokmål).
    void nynorskIsNotBokmal()
    {
        const auto nb = readTs(tsPath("nb"));
        const auto nn = readTs(tsPath("nn"));
        QCOMPARE(nb.size(), nn.size());
        QHash<QString, QString> nbByKey;
        for (const Message &m : nb)
            nbByKey.insert(m.context + QLatin1Char('\x1f') + m.source, m.translations.join(QLatin1Char('|')));
        int longer = 0, same = 0;
        QStringList problems;
        static const QRegularExpression bokmal(
            QStringLiteral("\\b(ikke|hva|hvordan|hvis|bare|hvor|hvilken|hvem|noen|jeg|fra|uten|mer|ble|"
                           "bruker|finnes|følgende|nåværende|mens)\\b"),
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        static const QRegularExpression nynorsk(
            QStringLiteral("\\b(ikkje|kva|korleis|berre|kvar|nokon|eg|frå|utan|meir|vart|brukar|finst|"
                           "medan|dei|ho|òg)\\b"),
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        for (const Message &m : nn) {
            const QString text = m.translations.join(QLatin1Char('|'));
            const QString bokmalText = nbByKey.value(m.context + QLatin1Char('\x1f') + m.source);
            if (m.source.size() >= 40) {
                ++longer;
                if (text == bokmalText)
                    ++same;
            }
            if (const auto hit = bokmal.match(withoutTags(text)); hit.hasMatch())
                problems << QStringLiteral("Bokmål «%1» in nn: %2").arg(hit.captured(), text.left(80));
            if (const auto hit = nynorsk.match(withoutTags(bokmalText)); hit.hasMatch())
                problems << QStringLiteral("Nynorsk «%1» in nb: %2").arg(hit.captured(), bokmalText.left(80));
        }
        QVERIFY(longer > 50);
        QVERIFY2(same * 10 < longer,
                 qPrintable(QStringLiteral("%1 of %2 longer nn messages equal nb").arg(same).arg(longer)));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // Every user-visible string in the sources of core, ui and app has a translation: lupdate is run over
    // them into a scratch file and each message must be in the committed .ts files. When this fails, run
    // `cmake --build <dir> --target update_translations` and translate what translations/ts-tool.py lists.
    void sourcesAreCovered()
    {
        const QString lupdate = QLibraryInfo::path(QLibraryInfo::BinariesPath) + QStringLiteral("/lupdate");
        if (!QFileInfo::exists(lupdate))
            SFM_SKIP_OR_FAIL_IN_CI("lupdate is not installed (Debian: qt6-l10n-tools)");
        QTemporaryDir dir;
        const QString scratch = dir.filePath(QStringLiteral("scan_nb.ts"));
        QProcess process;
        process.setWorkingDirectory(QStringLiteral(SFM_SOURCE_DIR));
        process.start(lupdate,
                      {QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app"),
                       QStringLiteral("-extensions"), QStringLiteral("cpp,h"), QStringLiteral("-locations"),
                       QStringLiteral("none"), QStringLiteral("-silent"), QStringLiteral("-ts"), scratch});
        QVERIFY(process.waitForFinished(120000));
        QCOMPARE(process.exitCode(), 0);
        const auto scanned = readTs(scratch);
        QVERIFY(scanned.size() > 100);
        QSet<QString> translated;
        for (const Message &m : readTs(tsPath("nb"))) {
            if (m.type != QLatin1String("unfinished"))
                translated.insert(m.context + QLatin1Char('\x1f') + m.source);
        }
        QStringList missing;
        for (const Message &m : scanned) {
            if (!translated.contains(m.context + QLatin1Char('\x1f') + m.source))
                missing << m.context + QStringLiteral(" | ") + m.source.left(80);
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("not translated yet (%1):\n").arg(missing.size()) +
                            missing.join(QLatin1Char('\n'))));
    }

    // The embedded .qm files load and translate, ours and Qt's own wizard buttons.
    void embeddedQmFiles()
    {
        QTranslator nn;
        QVERIFY(nn.load(QStringLiteral(":/i18n/sfm_onboarding_nn.qm")));
        QCOMPARE(nn.translate("sfm::ui::OrganizationPage", "Who the HelseID client is for."),
                 QStringLiteral("Kven HelseID-klienten er for."));
        QTranslator nb;
        QVERIFY(nb.load(QStringLiteral(":/i18n/sfm_onboarding_nb.qm")));
        QCOMPARE(nb.translate("sfm::ui::OrganizationPage", "Who the HelseID client is for."),
                 QStringLiteral("Hvem HelseID-klienten er for."));
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/sfm_onboarding_en.qm")));

        QTranslator qtNb;
        QVERIFY(qtNb.load(QStringLiteral(":/i18n/qtbase_nb.qm")));
        QCOMPARE(qtNb.translate("QWizard", "&Next >"), QStringLiteral("&Neste >"));
        QCOMPARE(qtNb.translate("QPlatformTheme", "Cancel"), QStringLiteral("Avbryt"));
        QTranslator qtNn;
        QVERIFY(qtNn.load(QStringLiteral(":/i18n/qtbase_nn.qm")));
        QCOMPARE(qtNn.translate("QWizard", "&Next >"), QStringLiteral("&Neste >"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
