#pragma once

// The little vector arithmetic that patient geometry needs (positions and directions in LPS
// millimetres), on the Vec3 of Volume.h. Qt Gui's QVector3D is float and not allowed in core.

#include "volume/Volume.h"

#include <cmath>

namespace scanshield::volume {

inline double dot(const Vec3& a, const Vec3& b)
{
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
}

inline Vec3 cross(const Vec3& a, const Vec3& b)
{
    return {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
}

inline Vec3 operator-(const Vec3& a, const Vec3& b)
{
    return {a[0] - b[0], a[1] - b[1], a[2] - b[2]};
}

inline Vec3 operator+(const Vec3& a, const Vec3& b)
{
    return {a[0] + b[0], a[1] + b[1], a[2] + b[2]};
}

inline Vec3 operator*(double s, const Vec3& a)
{
    return {s * a[0], s * a[1], s * a[2]};
}

inline double length(const Vec3& a)
{
    return std::sqrt(dot(a, a));
}

// `a` scaled to length 1; the zero vector stays zero.
inline Vec3 normalized(const Vec3& a)
{
    const double l = length(a);
    return l > 0.0 ? (1.0 / l) * a : Vec3{};
}

// Angle between two directions in degrees, 0..180.
inline double angleDegrees(const Vec3& a, const Vec3& b)
{
    const double la = length(a);
    const double lb = length(b);
    if (la <= 0.0 || lb <= 0.0)
        return 0.0;
    const double c = dot(a, b) / (la * lb);
    return std::acos(c > 1.0 ? 1.0 : (c < -1.0 ? -1.0 : c)) * 180.0 / 3.14159265358979323846;
}

} // namespace scanshield::volume
