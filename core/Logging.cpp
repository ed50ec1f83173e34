#include "Logging.h"

Q_LOGGING_CATEGORY(lcCrypto, "sfm.crypto", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNet, "sfm.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHelseId, "sfm.helseid", QtInfoMsg)
Q_LOGGING_CATEGORY(lcOnboarding, "sfm.onboarding", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStorage, "sfm.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSim, "sfm.sim", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "sfm.ui", QtInfoMsg)
