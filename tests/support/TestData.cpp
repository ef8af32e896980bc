#include "support/TestData.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <gtest/gtest.h>

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

std::map<std::string, std::string> fingerprints(const QString& folder)
{
    std::map<std::string, std::string> sums;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
        sums[QDir(folder).relativeFilePath(path).toStdString()] =
            QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex().left(16).toStdString();
    }
    return sums;
}

QJsonObject tciaPseudoPhiAnswerKey()
{
    QFile key(sharedData(QStringLiteral("deid_benchmark/tcia_pseudo_phi_flywheel/_derived_phi_answer_key.json")));
    if (!key.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "the benchmark's answer key cannot be read: " << key.fileName().toStdString();
        return {};
    }
    return QJsonDocument::fromJson(key.readAll()).object().value(QStringLiteral("instances")).toObject();
}

} // namespace scanshield::test
