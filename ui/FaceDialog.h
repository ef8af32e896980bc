#pragma once

#include "media/DiscIndex.h"
#include "media/DiscSource.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>

class QLabel;

namespace scanshield::volume {
struct Volume;
struct SkinMask;
} // namespace scanshield::volume

namespace scanshield::viewer {
class FaceView;
}

namespace scanshield::ui {

// "Your face in this scan": the head rebuilt from one series, in 3D, turning with the mouse or
// the arrow keys, with the plain words beside it. The volume and its skin are made on a worker
// thread (volume/VolumeBuilder.h, volume/SkinMask.h); the surface by the face view itself.
class FaceDialog : public QDialog {
    Q_OBJECT
public:
    explicit FaceDialog(QWidget* parent = nullptr);
    ~FaceDialog() override;

    // Starts rebuilding the head of `series` of the disc at `discLocation`, which the worker
    // opens for itself (an archive's reader cannot be shared with the window's).
    void showSeries(const media::SeriesEntry& series, const QString& discLocation);

    viewer::FaceView* faceView() const { return m_view; }
    QLabel* statusLabel() const { return m_status; }

private:
    struct Head;
    void onHeadBuilt();

    viewer::FaceView* m_view = nullptr;
    QLabel* m_status = nullptr;
    QFutureWatcher<std::shared_ptr<Head>> m_watcher;
    std::atomic_bool m_cancel{false};
};

} // namespace scanshield::ui
