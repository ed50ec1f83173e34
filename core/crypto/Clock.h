#pragma once

#include <QtGlobal>

// The clock iat/nbf/exp come from: the system clock plus an offset the network layer may learn from a
// server (e.g. its Date header), so a PC whose clock is off still makes assertions HelseID accepts.
namespace sfm::crypto {

void setClockOffsetSeconds(qint64 offset); // server time minus local time
qint64 clockOffsetSeconds();
qint64 currentEpochSeconds(); // system clock plus the offset

} // namespace sfm::crypto
