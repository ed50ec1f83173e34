#pragma once

#include "Result.h"

#include <QCoreApplication>

#include <qrencode.h> // for the types only: the program does not link libqrencode

namespace sfm::ui {

// The libqrencode functions QrCodeWidget calls, loaded the first time a QR code is drawn (LazyLibrary: the
// first window never draws one, so start-up does not load it; issue 15). The members have the names and
// types qrencode.h gives the functions.
struct LibQrencode
{
    Q_DECLARE_TR_FUNCTIONS(LibQrencode)

public:
    decltype(&::QRcode_encodeString8bit) QRcode_encodeString8bit = nullptr;
    decltype(&::QRcode_free) QRcode_free = nullptr;

    // The table, libqrencode loaded on the first call (thread-safe). Error ui.qr_encoder_missing when it
    // cannot be loaded; tried again on the next call.
    static Result<const LibQrencode *> get();

    // Tests: the file names to load from now on instead of libqrencode's (empty: libqrencode's again).
    static void setFileNamesForTesting(const QStringList &fileNames);
};

} // namespace sfm::ui
