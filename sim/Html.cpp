#include "Html.h"

#include <QList>
#include <QPair>

namespace sfm::sim::html {

QString esc(const QString &text)
{
    QString escaped = text.toHtmlEscaped();
    escaped.replace(QLatin1Char('\''), QStringLiteral("&#39;"));
    return escaped;
}

QString page(const QString &title, const QString &body)
{
    static const QString style = QStringLiteral(
        "body{font-family:system-ui,sans-serif;max-width:44rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b;"
        "background:#fff;line-height:1.5}header{border-bottom:3px solid #015e52;margin-bottom:1.5rem}"
        "header p{margin:.2rem 0;color:#555}h1{font-size:1.5rem}dt{font-weight:600}dd{margin:0 0 .6rem 0}"
        "code{background:#f2f2f2;padding:0 .25rem}form{display:inline-block;margin-right:.5rem}"
        "button{font-size:1rem;padding:.5rem 1.2rem;border-radius:4px;border:1px solid "
        "#015e52;cursor:pointer}"
        "button.primary{background:#015e52;color:#fff}button.secondary{background:#fff;color:#015e52}"
        ".note{background:#fff7d6;border-left:4px solid #e0b000;padding:.5rem 1rem}"
        "label{display:block;margin:.6rem 0 "
        ".2rem}input[type=text],select{font-size:1rem;padding:.3rem;width:100%}"
        "table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:.3rem;border-bottom:1px "
        "solid #ddd}");
    return QStringLiteral(
               "<!DOCTYPE html>\n<html lang=\"nb\"><head><meta charset=\"utf-8\">"
               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
               "<title>%1 – Selvbetjening (simulator)</title><style>%2</style></head><body>"
               "<header><p>HelseID Selvbetjening</p><p class=\"note\">Simulator for øving og test – "
               "ingen ekte klienter opprettes her.</p></header><main><h1>%1</h1>%3</main></body></html>\n")
        .arg(esc(title), style, body);
}

QString button(const QString &action, const QString &label, const QList<QPair<QString, QString>> &fields,
               bool primary)
{
    QString hidden;
    for (const auto &[name, value] : fields)
        hidden +=
            QStringLiteral("<input type=\"hidden\" name=\"%1\" value=\"%2\">").arg(esc(name), esc(value));
    return QStringLiteral("<form method=\"post\" action=\"%1\">%2<button type=\"submit\" "
                          "class=\"%3\">%4</button></form>")
        .arg(esc(action), hidden, primary ? QStringLiteral("primary") : QStringLiteral("secondary"),
             esc(label));
}

} // namespace sfm::sim::html
