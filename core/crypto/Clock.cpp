#include "Clock.h"

#include <QDateTime>

#include <atomic>

namespace sfm::crypto {

namespace {
std::atomic<qint64> g_offsetSeconds{0};
} // namespace

void setClockOffsetSeconds(qint64 offset)
{
    g_offsetSeconds.store(offset);
}

qint64 clockOffsetSeconds()
{
    return g_offsetSeconds.load();
}

qint64 currentEpochSeconds()
{
    return QDateTime::currentSecsSinceEpoch() + g_offsetSeconds.load();
}

} // namespace sfm::crypto
