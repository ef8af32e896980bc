#pragma once

#include "media/DiscSource.h"

namespace scanshield::media {

// A disc as a folder on disk: a mounted CD, a copied folder, or a single file.
class FolderSource final : public DiscSource {
public:
    // root: the disc's top folder. onlyFile: when set, the disc is this one file in root.
    FolderSource(QString location, QString root, QString onlyFile = {});

    QString location() const override { return m_location; }
    bool isArchive() const override { return false; }
    bool listFiles(QList<SourceFile>& files, QString& error) override;
    void visitFiles(const QList<SourceFile>& wanted, const Visitor& visit) override;
    std::optional<QByteArray> readFile(const QString& path, QString& error) override;
    QString localPath(const QString& path) const override;

private:
    QString m_location;
    QString m_root;
    QString m_onlyFile;
};

} // namespace scanshield::media
