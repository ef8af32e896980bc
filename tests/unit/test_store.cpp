// ScanShield's database: a real SQLite file, created for its owner only, its schema brought
// up to date, jobs written and read back, and a wipe that forgets them.
#include "store/Database.h"
#include "store/JobLog.h"
#include "support/TestData.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

using namespace scanshield;

TEST(Store, CreatesAPrivateDatabaseWithTheCurrentSchema)
{
    const QString path = QDir(test::makeTempDir()).filePath(QStringLiteral("nested/scanshield.sqlite"));
    store::Database database(path);
    ASSERT_TRUE(database.isOpen()) << database.error().toStdString();
    EXPECT_EQ(database.schemaVersion(), 2);
    const QFileDevice::Permissions permissions = QFileInfo(path).permissions();
    EXPECT_TRUE(permissions & QFileDevice::ReadOwner);
    EXPECT_FALSE(permissions & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) << "only its owner may read it";
}

TEST(Store, RemembersAnonymizationJobsAcrossOpeningsAndForgetsThemOnRequest)
{
    const QString path = QDir(test::makeTempDir()).filePath(QStringLiteral("scanshield.sqlite"));
    store::AnonymizationJob job;
    job.finished = QDateTime(QDate(2026, 11, 24), QTime(20, 5), Qt::UTC);
    job.options = QStringLiteral("113100 113101 113105 113107");
    job.filesWritten = 105;
    job.picturesCleaned = 2;
    job.verified = true;
    {
        store::Database database(path);
        QString error;
        ASSERT_TRUE(store::recordAnonymization(database, job, &error)) << error.toStdString();
    }
    store::Database reopened(path);
    ASSERT_TRUE(reopened.isOpen());
    EXPECT_EQ(reopened.schemaVersion(), 2) << "opening again migrates nothing twice";
    const QList<store::AnonymizationJob> history = store::anonymizationHistory(reopened);
    ASSERT_EQ(history.size(), 1);
    EXPECT_EQ(history.first().finished, job.finished);
    EXPECT_EQ(history.first().options, job.options);
    EXPECT_EQ(history.first().filesWritten, 105);
    EXPECT_EQ(history.first().picturesCleaned, 2);
    EXPECT_TRUE(history.first().verified);

    EXPECT_TRUE(reopened.wipe()) << reopened.error().toStdString();
    EXPECT_TRUE(store::anonymizationHistory(reopened).isEmpty());
}

TEST(Store, SaysWhyWhenTheDatabaseCannotBeOpened)
{
    const QString folder = test::makeTempDir(); // a folder where the file should be
    store::Database database(folder);
    EXPECT_FALSE(database.isOpen());
    EXPECT_FALSE(database.error().isEmpty());
    QString error;
    EXPECT_FALSE(store::recordAnonymization(database, {}, &error));
}
