#include "DesktopNotifier.h"

#include <QProcess>
#include <QStandardPaths>

namespace sfm::cli {

namespace {
// A notification is read at a glance: a few lines, each short; the journal has them all.
constexpr int MaxLines = 5;
constexpr int MaxLineChars = 200;
} // namespace

bool DesktopNotifier::notify(const QString &title, const QStringList &lines)
{
    if (lines.isEmpty())
        return false;
    const QString program = QStandardPaths::findExecutable(QStringLiteral("notify-send"));
    if (program.isEmpty())
        return false;
    QStringList body;
    for (const QString &line : lines.mid(0, MaxLines))
        body.append(line.size() > MaxLineChars ? line.left(MaxLineChars - 1) + u'…' : line);
    if (lines.size() > MaxLines)
        body.append(QStringLiteral("…"));
    QProcess process;
    process.setProgram(program);
    // "--" ends the options: a journal name starting with "-" stays text.
    process.setArguments({QStringLiteral("--app-name=sfm-onboarding"), QStringLiteral("--urgency=critical"),
                          QStringLiteral("--icon=dialog-warning"), QStringLiteral("--"), title,
                          body.join(u'\n')});
    process.setStandardInputFile(QProcess::nullDevice());
    process.start();
    if (!process.waitForFinished(5000)) {
        process.kill();
        process.waitForFinished(1000);
        return false;
    }
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

} // namespace sfm::cli
