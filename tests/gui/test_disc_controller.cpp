// Reading a disc in the background: the first series reaches the window before the scan
// ends, progress is reported, and a cancelled scan says so and keeps what it found.
#include "demo/DemoDisc.h"
#include "support/TestData.h"
#include "ui/DiscController.h"

#include <QDir>
#include <QSemaphore>
#include <QSignalSpy>
#include <QThreadPool>

#include <gtest/gtest.h>

using namespace scanshield;

namespace {

QString demoDisc()
{
    static const QString disc = [] {
        const QString dir = QDir(test::makeTempDir()).filePath("demo");
        EXPECT_TRUE(demo::writeDemoDisc(dir).ok);
        return dir;
    }();
    return disc;
}

} // namespace

TEST(DiscController, ShowsTheFirstSeriesBeforeTheScanEnds)
{
    ui::DiscController controller;
    QStringList events;
    QObject::connect(&controller, &ui::DiscController::indexGrew, [&](const QList<media::PatientEntry>& patients) {
        events.append(patients.isEmpty() ? QStringLiteral("empty") : QStringLiteral("grew"));
    });
    QObject::connect(&controller, &ui::DiscController::scanFinished, [&] { events.append(QStringLiteral("finished")); });
    QSignalSpy finished(&controller, &ui::DiscController::scanFinished);
    controller.open(demoDisc());
    ASSERT_TRUE(finished.wait(60000));
    ASSERT_GE(events.size(), 2);
    EXPECT_EQ(events.first(), QStringLiteral("grew"));
    EXPECT_EQ(events.last(), QStringLiteral("finished"));
    EXPECT_FALSE(finished.first().at(1).toBool()) << "not cancelled";
    EXPECT_GE(controller.index().instancesTotal(), 100);
}

TEST(DiscController, ReportsProgressUpToEveryFile)
{
    ui::DiscController controller;
    int lastDone = -1;
    int lastTotal = -1;
    QObject::connect(&controller, &ui::DiscController::progress, [&](int done, int total) {
        EXPECT_GE(done, lastDone) << "progress never goes backwards";
        lastDone = done;
        lastTotal = total;
    });
    QSignalSpy finished(&controller, &ui::DiscController::scanFinished);
    controller.open(demoDisc());
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_EQ(lastDone, controller.index().filesTotal);
    EXPECT_EQ(lastTotal, controller.index().filesTotal);
}

TEST(DiscController, CancelledScanSaysSoAndKeepsWhatItFound)
{
    // Hold the worker pool so the scan cannot start before cancel() is called: deterministic,
    // whatever the speed of the machine.
    QThreadPool* pool = QThreadPool::globalInstance();
    const int threads = pool->maxThreadCount();
    pool->setMaxThreadCount(1);
    QSemaphore gate;
    pool->start([&gate] { gate.acquire(); });

    ui::DiscController controller;
    QSignalSpy finished(&controller, &ui::DiscController::scanFinished);
    controller.open(demoDisc());
    controller.cancel();
    gate.release();
    ASSERT_TRUE(finished.wait(60000));
    pool->setMaxThreadCount(threads);
    EXPECT_TRUE(finished.first().at(1).toBool()) << "the scan says it was cancelled";
    EXPECT_EQ(controller.index().instancesTotal(), 0);
    EXPECT_GT(controller.index().filesTotal, 100) << "the disc was listed, then the reading stopped";
}

TEST(DiscController, ReportsAPathThatCannotBeRead)
{
    ui::DiscController controller;
    QSignalSpy failed(&controller, &ui::DiscController::scanFailed);
    controller.open(QStringLiteral("/nonexistent/cdrom"));
    ASSERT_TRUE(failed.wait(10000));
    EXPECT_TRUE(failed.first().at(0).toString().contains(QStringLiteral("Nothing was found")));
}
