#pragma once

#include <QString>

// The simulated portal's page frame: plain, tidy Norwegian HTML without scripts. Every value from a
// request or a client goes through esc().
namespace sfm::sim::html {

QString esc(const QString &text);
QString page(const QString &title, const QString &body);
// A form with one button that POSTs hidden fields to action.
QString button(const QString &action, const QString &label, const QList<QPair<QString, QString>> &fields,
               bool primary = true);

} // namespace sfm::sim::html
