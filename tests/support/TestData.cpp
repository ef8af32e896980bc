#include "support/TestData.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <memory>
#include <vector>

namespace scanshield::test {

QString sharedDataDir()
{
    const QFileInfo info(QStringLiteral(SCANSHIELD_SHARED_DATA_DIR));
    return info.isDir() ? info.canonicalFilePath() : QString();
}

QString sharedData(const QString& relativePath)
{
    const QString root = sharedDataDir();
    return root.isEmpty() ? QString() : QDir(root).filePath(relativePath);
}

QString makeTempDir()
{
    // Kept alive for the whole test process; QTemporaryDir removes each on destruction.
    static std::vector<std::unique_ptr<QTemporaryDir>> dirs;
    dirs.push_back(std::make_unique<QTemporaryDir>());
    return dirs.back()->path();
}

} // namespace scanshield::test
