#pragma once

#include <QLoggingCategory>

// One category per area, so support can turn on exactly what it needs (QT_LOGGING_RULES).
// Never log a private key, token, API key or password: log a key id or a thumbprint instead.
Q_DECLARE_LOGGING_CATEGORY(lcCrypto)
Q_DECLARE_LOGGING_CATEGORY(lcNet)
Q_DECLARE_LOGGING_CATEGORY(lcHelseId)
Q_DECLARE_LOGGING_CATEGORY(lcOnboarding)
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
Q_DECLARE_LOGGING_CATEGORY(lcSim)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
