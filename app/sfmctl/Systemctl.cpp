#include "Systemctl.h"

#include <QProcess>
#include <QProcessEnvironment>

namespace sfm::cli {

QString Systemctl::program()
{
    const QString configured =
        QProcessEnvironment::systemEnvironment().value(QStringLiteral("SFM_SYSTEMCTL"));
    return configured.isEmpty() ? QStringLiteral("systemctl") : configured;
}

Systemctl::Outcome Systemctl::user(const QStringList &args)
{
    Outcome outcome;
    QProcess process;
    process.start(program(), QStringList{QStringLiteral("--user")} + args);
    if (!process.waitForStarted(10000)) {
        outcome.errors = process.errorString();
        return outcome;
    }
    outcome.started = true;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished(1000);
        outcome.errors = QStringLiteral("systemctl did not answer within 30 s");
        return outcome;
    }
    outcome.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    outcome.output = QString::fromLocal8Bit(process.readAllStandardOutput());
    outcome.errors = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
    return outcome;
}

bool Systemctl::reachable(QString *why)
{
    const Outcome o = user({QStringLiteral("show-environment")});
    if (!o.ok() && why)
        *why = o.errors.isEmpty() ? QStringLiteral("exit code %1").arg(o.exitCode) : o.errors.left(300);
    return o.ok();
}

QMap<QString, QString> Systemctl::show(const QString &unit, const QStringList &properties)
{
    QStringList args{QStringLiteral("show"), unit};
    for (const QString &p : properties)
        args << QStringLiteral("-p") << p;
    QMap<QString, QString> values;
    const Outcome o = user(args);
    if (!o.ok())
        return values;
    for (const QString &line : o.output.split(QLatin1Char('\n'))) {
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0)
            continue;
        const QString value = line.mid(eq + 1).trimmed();
        if (!value.isEmpty() && value != QLatin1String("n/a"))
            values.insert(line.left(eq), value);
    }
    return values;
}

} // namespace sfm::cli
