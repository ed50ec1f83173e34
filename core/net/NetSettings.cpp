#include "NetSettings.h"

namespace sfm::net {

QString ProxySettings::modeName(Mode mode)
{
    switch (mode) {
    case Mode::System:
        return QStringLiteral("system");
    case Mode::None:
        return QStringLiteral("none");
    case Mode::Manual:
        return QStringLiteral("manual");
    }
    return QStringLiteral("system");
}

bool ProxySettings::modeFromName(QStringView name, Mode *mode)
{
    for (Mode m : {Mode::System, Mode::None, Mode::Manual}) {
        if (name.compare(modeName(m), Qt::CaseInsensitive) == 0) {
            if (mode)
                *mode = m;
            return true;
        }
    }
    return false;
}

} // namespace sfm::net
