#include "OnboardOptions.h"

#include "onboarding/ContactDetails.h"

#include <QFile>

namespace sfm::cli::option {

QCommandLineOption environment(const QString &help)
{
    return {QStringLiteral("environment"), help, QStringLiteral("name")};
}

QCommandLineOption issuer(const QString &help)
{
    return {QStringLiteral("issuer"), help, QStringLiteral("url")};
}

QCommandLineOption simInfo()
{
    return {QStringLiteral("sim-info"),
            OnboardText::tr("Demo: the JSON line the simulator printed on start (or @FILE)."),
            QStringLiteral("json")};
}

QCommandLineOption profile(const QString &help)
{
    return {QStringLiteral("profile"), help, QStringLiteral("file")};
}

QCommandLineOption organization(const QString &help)
{
    return {QStringLiteral("org"), help, QStringLiteral("number")};
}

QCommandLineOption journalName(const QString &help)
{
    return {QStringLiteral("name"), help, QStringLiteral("text")};
}

QCommandLineOption noWait(const QString &help)
{
    return {QStringLiteral("no-wait"), help};
}

QCommandLineOption pollInterval()
{
    return {QStringLiteral("poll-interval"),
            OnboardText::tr("Seconds before the first status check (default 5)."), QStringLiteral("seconds")};
}

QCommandLineOption pollMax()
{
    return {QStringLiteral("poll-max"), OnboardText::tr("Longest pause between status checks (default 60)."),
            QStringLiteral("seconds")};
}

QCommandLineOption algorithm()
{
    return {QStringLiteral("alg"),
            OnboardText::tr("Key algorithm (default PS256 with RSA 4096; ES256 etc. are not "
                            "confirmed by HelseID)."),
            QStringLiteral("alg"), QStringLiteral("PS256")};
}

QCommandLineOption rsaBits()
{
    return {QStringLiteral("bits"), OnboardText::tr("RSA key size (default 4096)."), QStringLiteral("bits"),
            QStringLiteral("4096")};
}

QCommandLineOption contactEmail(const QString &name, const QString &help)
{
    return {name,
            !help.isEmpty()
                ? help
                : OnboardText::tr("The customer's confirmer, for the confirmation e-mail (kept with "
                                  "the onboarding, never sent to HelseID)."),
            QStringLiteral("address")};
}

QCommandLineOption contactLanguage(const QString &name, const QString &help)
{
    return {name,
            !help.isEmpty()
                ? help
                : OnboardText::tr(
                      "The language of the confirmation e-mail: nb, nn or en (default: the program's)."),
            QStringLiteral("language")};
}

} // namespace sfm::cli::option

namespace sfm::cli {

Result<void> readContactOptions(const QCommandLineParser &p, const ContactOptions &c, QString &email,
                                QString &language)
{
    const QString givenEmail = p.isSet(c.email) ? p.value(c.email).trimmed() : email;
    const QString givenLanguage = p.isSet(c.language) ? p.value(c.language).trimmed().toLower() : language;
    for (const auto &check :
         {onboarding::checkContactEmail(givenEmail), onboarding::checkContactLanguage(givenLanguage)}) {
        if (!check)
            return check.error();
    }
    email = givenEmail;
    language = givenLanguage;
    return {};
}

Result<QByteArray> simAnnouncement(const QString &value)
{
    QByteArray line = value.toUtf8();
    if (line.startsWith('@')) {
        QFile file(QString::fromUtf8(line.mid(1)));
        if (!file.open(QIODevice::ReadOnly))
            return Error(QStringLiteral("cli.input"),
                         OnboardText::tr("Could not read %1.").arg(file.fileName()), file.errorString());
        line = file.read(64 * 1024).trimmed();
        line.truncate(line.indexOf('\n') < 0 ? line.size() : line.indexOf('\n'));
    }
    return line.trimmed();
}

} // namespace sfm::cli
