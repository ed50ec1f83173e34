#include "SimCli.h"

#include <QCoreApplication>

#include <cstdio>

// helseid-sim: the simulator as its own program (see docs/simulator.md).
namespace {

void writeLine(FILE *stream, const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("helseid-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SFM_VERSION));
    return sfm::sim::runSimulatorCli(
        QStringLiteral("helseid-sim"), QCoreApplication::arguments().mid(1),
        {[](const QString &l) { writeLine(stdout, l); }, [](const QString &l) { writeLine(stderr, l); }});
}
