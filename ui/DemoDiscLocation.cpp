#include "ui/DemoDiscLocation.h"

#include "demo/DemoDisc.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace scanshield::ui {

QString ensureDemoDisc(QString* error)
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    const QString disc = QDir(base).filePath(QStringLiteral("demo-disc"));
    // The DICOMDIR is written last, so its presence means a complete earlier write.
    if (QFileInfo::exists(QDir(disc).filePath(QStringLiteral("DICOMDIR"))))
        return disc;
    QDir(disc).removeRecursively();
    const demo::DemoDiscResult result = demo::writeDemoDisc(disc);
    if (!result.ok) {
        if (error)
            *error = result.error;
        return {};
    }
    return disc;
}

} // namespace scanshield::ui
