//! Forward kinematics: a pose becomes the shapes of a pictogram, in view-box units where the
//! body is 100 tall, x to the right and y down, with the floor at y = 0.
//!
//! The skeleton is solved in 3-D (x to the figure's left, y up, z forward) from the segment
//! lengths of `FIGURES.md`, then projected: the front view looks at the figure's face, the side
//! view at its right side, with the left limbs behind in a lighter tone. The stance places it:
//! seated, the hips rest on the seat and the lower thigh lies on it; standing, the supporting
//! foot stays flat (a heel rises only when the ankle points) and the lowest point touches the
//! floor; on the floor, the pose's pelvis angle lies the body down.

use std::cmp::Ordering;

use super::{Anchor, Figure, Joint, Mark, MarkKind, Pose, Prop, PropKind, Stance, View};

type V3 = [f32; 3];
type M3 = [V3; 3];

// Segment lengths in hundredths of standing height (Drillis and Contini, via Winter).
/// Hip joints stand at 53 % of height; this is half the hip width.
const HIP_HALF: f32 = 9.55;
const LUMBAR: f32 = 13.0;
const THORAX: f32 = 15.8;
const SHOULDER_HALF: f32 = 12.95;
const NECK: f32 = 7.0;
const HEAD_CENTRE: f32 = 12.0;
pub const HEAD_RADIUS: f32 = 7.0;
const UPPER_ARM: f32 = 18.6;
const FOREARM: f32 = 14.6;
const PALM: f32 = 5.0;
const FINGERS: f32 = 5.8;
const THIGH: f32 = 24.5;
const SHANK: f32 = 24.6;
const ANKLE_HEIGHT: f32 = 3.9;
const FOOT: f32 = 11.5;
/// The seat is a quarter of body height; the hip joint sits a little above it.
pub const SEAT: f32 = 25.0;
const SEATED_HIP: f32 = 28.5;
pub const DESK: f32 = 42.0;
/// Stroke widths the page draws with: a heavier trunk keeps the body readable behind an arm.
pub const LIMB_WIDTH: f32 = 6.5;
pub const TRUNK_WIDTH: f32 = 11.0;

/// Sine and cosine of an angle in degrees, to drawing precision (better than 1e-5): a short
/// odd and even polynomial after folding into ±90°, instead of libm's (7 KB of wasm).
#[inline(never)]
fn sin_cos(deg: f32) -> (f32, f32) {
    fn sin_small(deg: f32) -> f32 {
        let x = deg.to_radians();
        let x2 = x * x;
        x * (1.0 - x2 / 6.0 * (1.0 - x2 / 20.0 * (1.0 - x2 / 42.0 * (1.0 - x2 / 72.0 * (1.0 - x2 / 110.0)))))
    }
    let d = deg - 360.0 * (deg / 360.0).round();
    let sin = if d > 90.0 {
        sin_small(180.0 - d)
    } else if d < -90.0 {
        sin_small(-180.0 - d)
    } else {
        sin_small(d)
    };
    (sin, sin_small(90.0 - d.abs()))
}

fn rx(deg: f32) -> M3 {
    let (s, c) = sin_cos(deg);
    [[1.0, 0.0, 0.0], [0.0, c, -s], [0.0, s, c]]
}

fn ry(deg: f32) -> M3 {
    let (s, c) = sin_cos(deg);
    [[c, 0.0, s], [0.0, 1.0, 0.0], [-s, 0.0, c]]
}

fn rz(deg: f32) -> M3 {
    let (s, c) = sin_cos(deg);
    [[c, -s, 0.0], [s, c, 0.0], [0.0, 0.0, 1.0]]
}

fn mul(a: &M3, b: &M3) -> M3 {
    let mut out = [[0.0; 3]; 3];
    for (i, row) in out.iter_mut().enumerate() {
        for (j, cell) in row.iter_mut().enumerate() {
            *cell = (0..3).map(|k| a[i][k] * b[k][j]).sum();
        }
    }
    out
}

fn apply(m: &M3, v: V3) -> V3 {
    [0, 1, 2].map(|i| m[i][0] * v[0] + m[i][1] * v[1] + m[i][2] * v[2])
}

fn add(a: V3, b: V3) -> V3 {
    [a[0] + b[0], a[1] + b[1], a[2] + b[2]]
}

const IDENTITY: M3 = [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]];

/// `frame · R1 · R2 · …`: a child frame from its parent and the joint's rotations.
fn turn(frame: &M3, rotations: &[M3]) -> M3 {
    rotations.iter().fold(*frame, |f, r| mul(&f, r))
}

fn scale(v: V3, by: f32) -> V3 {
    v.map(|x| x * by)
}

fn sub(a: V3, b: V3) -> V3 {
    [a[0] - b[0], a[1] - b[1], a[2] - b[2]]
}

fn dot(a: V3, b: V3) -> f32 {
    a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
}

fn cross(a: V3, b: V3) -> V3 {
    [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]]
}

fn unit(v: V3) -> V3 {
    scale(v, 1.0 / dot(v, v).sqrt().max(1e-6))
}

/// A column of a frame: its x, y or z axis in the parent's coordinates.
fn axis(m: &M3, i: usize) -> V3 {
    [m[0][i], m[1][i], m[2][i]]
}

/// Moves `v` in `frame` from `at`.
fn step(at: V3, frame: &M3, v: V3) -> V3 {
    add(at, apply(frame, v))
}

/// A point of the drawing, in view-box units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    pub x: f32,
    pub y: f32,
}

/// Near limbs and the body in the main colour, far limbs lighter, props quieter still.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    Near,
    Far,
}

/// What the page draws, back to front.
#[derive(Clone, Debug, PartialEq)]
pub enum Shape {
    /// A rounded stroke through the points, [`TRUNK_WIDTH`] wide for the trunk and
    /// [`LIMB_WIDTH`] for the rest; `cut` limbs get a gap where they cross what is behind.
    Limb {
        points: Vec<Point>,
        tone: Tone,
        cut: bool,
        width: f32,
    },
    Head {
        centre: Point,
        radius: f32,
    },
    Eye {
        at: Point,
        closed: bool,
        radius: f32,
    },
    /// A thin stroke of a motion mark: an arrow, a ring, a breath line, a path.
    Mark {
        points: Vec<Point>,
    },
    /// The round frame of a magnified detail, drawn over the figure; the detail follows it.
    Inset {
        centre: Point,
        radius: f32,
    },
    /// A dashed line of sight.
    Sight {
        from: Point,
        to: Point,
    },
    /// A thin stroke of a prop or the floor.
    Prop {
        points: Vec<Point>,
    },
}

/// The figure's joints in 3-D, before projection.
struct Skeleton {
    pelvis: V3,
    spine: [V3; 3],
    neck_top: V3,
    head: V3,
    head_frame: M3,
    /// Per side, left first: shoulder, elbow, wrist, knuckles, fingertips, thumb tip, and the
    /// tips of the two outer fingers (at the middle one's when the hand is not spread).
    arms: [[V3; 8]; 2],
    /// Per side: hip, knee, ankle, toe.
    legs: [[V3; 4]; 2],
    /// The pelvis, lumbar and thoracic frames, which place the marks.
    frames: [M3; 3],
}

const SIDES: [(f32, [Joint; 9]); 2] = [
    (
        1.0,
        [
            Joint::ScapL,
            Joint::ShoulderL,
            Joint::ElbowL,
            Joint::WristL,
            Joint::FingersL,
            Joint::HipL,
            Joint::KneeL,
            Joint::AnkleL,
            Joint::ThumbL,
        ],
    ),
    (
        -1.0,
        [
            Joint::ScapR,
            Joint::ShoulderR,
            Joint::ElbowR,
            Joint::WristR,
            Joint::FingersR,
            Joint::HipR,
            Joint::KneeR,
            Joint::AnkleR,
            Joint::ThumbR,
        ],
    ),
];

fn spine_rotations([a, b, c]: [f32; 3]) -> [M3; 3] {
    [rx(a), rz(-b), ry(c)]
}

fn arm(pose: &Pose, thorax: &M3, top: V3, s: f32, joints: &[Joint; 9]) -> [V3; 8] {
    let [_, elevation, protraction] = pose.get(joints[0]);
    let clavicle = turn(thorax, &[rz(s * elevation), ry(-s * protraction)]);
    let shoulder = step(top, &clavicle, [s * SHOULDER_HALF, -1.5, 0.0]);
    let [fl, ab, ro] = pose.get(joints[1]);
    let upper = turn(thorax, &[rx(-fl), rz(s * ab), ry(s * ro)]);
    let elbow = step(shoulder, &upper, [0.0, -UPPER_ARM, 0.0]);
    let [flex, _, supination] = pose.get(joints[2]);
    let fore = turn(&upper, &[rx(-flex), ry(s * supination)]);
    let wrist = step(elbow, &fore, [0.0, -FOREARM, 0.0]);
    let [wf, dev, _] = pose.get(joints[3]);
    let hand = turn(&fore, &[rz(-s * wf), rx(-dev)]);
    let knuckles = step(wrist, &hand, [0.0, -PALM, 0.0]);
    let [curl, spread, _] = pose.get(joints[4]);
    let fingers = turn(&hand, &[rz(-s * curl)]);
    let tips = step(knuckles, &fingers, [0.0, -FINGERS, 0.0]);
    // The fingers fan out in the plane of the palm, about its normal.
    let fan = |by: f32| step(knuckles, &turn(&fingers, &[rx(by)]), [0.0, -FINGERS * 0.9, 0.0]);
    let away = pose.get(joints[8])[0];
    let thumb = step(wrist, &turn(&hand, &[rx(-away)]), [0.0, -4.0, 3.2 + spread * 0.05]);
    [shoulder, elbow, wrist, knuckles, tips, thumb, fan(spread), fan(-spread)]
}

fn leg(pose: &Pose, pelvis: &M3, s: f32, joints: &[Joint; 9]) -> [V3; 4] {
    let hip = apply(pelvis, [s * HIP_HALF, 0.0, 0.0]);
    let [fl, ab, ro] = pose.get(joints[5]);
    let thigh = turn(pelvis, &[rx(-fl), rz(s * ab), ry(s * ro)]);
    let knee = step(hip, &thigh, [0.0, -THIGH, 0.0]);
    let shank = turn(&thigh, &[rx(pose.get(joints[6])[0])]);
    let ankle = step(knee, &shank, [0.0, -SHANK, 0.0]);
    let [dorsi, inversion, _] = pose.get(joints[7]);
    let foot = turn(&shank, &[rx(-dorsi), rz(-s * inversion)]);
    let toe = step(ankle, &foot, [0.0, -ANKLE_HEIGHT, FOOT]);
    [hip, knee, ankle, toe]
}

/// The pelvis's angles: as the pose gives them, or from what supports the body.
fn pelvis_angles(figure: &Figure, pose: &Pose) -> [f32; 3] {
    if figure.pelvis_given || figure.stance == Stance::Floor {
        return pose.get(Joint::Pelvis);
    }
    let (l, r) = (pose.get(Joint::HipL)[0], pose.get(Joint::HipR)[0]);
    match figure.stance {
        // The lower thigh lies on the seat.
        Stance::Seated => [l.min(r) - 90.0, 0.0, 0.0],
        // The supporting foot stays flat: the lower leg when the pelvis is level.
        _ => {
            let level = skeleton(pose, IDENTITY);
            let flat = |hip: Joint, knee: Joint, ankle: Joint| {
                pose.get(hip)[0] - pose.get(knee)[0] + pose.get(ankle)[0].max(0.0)
            };
            let left = flat(Joint::HipL, Joint::KneeL, Joint::AnkleL);
            let right = flat(Joint::HipR, Joint::KneeR, Joint::AnkleR);
            let (yl, yr) = (level.legs[0][2][1], level.legs[1][2][1]);
            let pitch = if (yl - yr).abs() < 2.0 {
                (left + right) / 2.0
            } else if yl < yr {
                left
            } else {
                right
            };
            [pitch, 0.0, 0.0]
        }
    }
}

fn skeleton(pose: &Pose, pelvis: M3) -> Skeleton {
    let lumbar = turn(&pelvis, &spine_rotations(pose.get(Joint::Lumbar)));
    let thorax = turn(&lumbar, &spine_rotations(pose.get(Joint::Thorax)));
    let origin = [0.0; 3];
    let l_top = step(origin, &lumbar, [0.0, LUMBAR, 0.0]);
    let t_top = step(l_top, &thorax, [0.0, THORAX, 0.0]);
    let neck = turn(&thorax, &spine_rotations(pose.get(Joint::Neck)));
    let neck_top = step(t_top, &neck, [0.0, NECK, 0.0]);
    let head_frame = turn(&neck, &spine_rotations(pose.get(Joint::Head)));
    let head = step(neck_top, &head_frame, [0.0, HEAD_CENTRE - NECK, 0.8]);
    let arms = SIDES.map(|(s, j)| arm(pose, &thorax, t_top, s, &j));
    let legs = SIDES.map(|(s, j)| leg(pose, &pelvis, s, &j));
    let frames = [pelvis, lumbar, thorax];
    Skeleton { pelvis: origin, spine: [origin, l_top, t_top], neck_top, head, head_frame, arms, legs, frames }
}

impl Skeleton {
    fn points(&self) -> impl Iterator<Item = V3> + '_ {
        let head_low = [self.head[0], self.head[1] - HEAD_RADIUS, self.head[2]];
        self.spine
            .iter()
            .copied()
            .chain([self.neck_top, head_low])
            .chain(self.arms.iter().flatten().copied())
            .chain(self.legs.iter().flatten().copied())
    }

    fn translate(&mut self, by: V3) {
        let pts = std::iter::once(&mut self.pelvis)
            .chain(self.spine.iter_mut())
            .chain([&mut self.neck_top, &mut self.head])
            .chain(self.arms.iter_mut().flatten())
            .chain(self.legs.iter_mut().flatten());
        for p in pts {
            *p = add(*p, by);
        }
    }
}

/// Places the skeleton on its support: the seat, the supporting foot, or the floor.
fn place(figure: &Figure, pose: &Pose) -> Skeleton {
    let pelvis = turn(&IDENTITY, &spine_rotations(pelvis_angles(figure, pose)));
    let mut sk = skeleton(pose, pelvis);
    let lowest = sk.points().map(|p| p[1]).fold(f32::MAX, f32::min);
    let shift = match figure.stance {
        Stance::Seated => [0.0, SEATED_HIP, 0.0],
        Stance::Standing => {
            // The ankles on the floor stay put: the supporting one front to back, the middle
            // of both from side to side (so hips can sway over still feet).
            let [l, r] = [sk.legs[0][2], sk.legs[1][2]];
            let both = (l[1] - r[1]).abs() < 2.0;
            let support = if l[1] <= r[1] { l } else { r };
            let x = if both { (l[0] + r[0]) / 2.0 } else { support[0] };
            [-x, -lowest, -support[2]]
        }
        // Lying, the body's stroke rests on the mat rather than its centre line.
        Stance::Floor => [0.0, LIMB_WIDTH / 2.0 - lowest, 0.0],
    };
    sk.translate(shift);
    sk
}

/// The front view turns a little to one side, a three-quarter view, so that thighs seated
/// and a turning chest read.
const FRONT_TURN: f32 = 22.0;

/// Projects a 3-D point: (screen x, screen y, depth toward the viewer).
fn project(figure: &Figure, p: V3) -> (Point, f32) {
    let sign = if figure.near_left { -1.0 } else { 1.0 };
    match figure.view {
        View::Front => {
            let (s, c) = sin_cos(sign * FRONT_TURN);
            (Point { x: p[0] * c + p[2] * s, y: -p[1] }, p[2] * c - p[0] * s)
        }
        View::Side => (Point { x: sign * p[2], y: -p[1] }, -sign * p[0]),
    }
}

/// The shapes of the figure in `pose`, sorted back to front, after its props.
pub fn draw(figure: &Figure, pose: &Pose) -> Vec<Shape> {
    let sk = place(figure, pose);
    let view = figure.view;
    let mut shapes: Vec<(f32, Shape)> = Vec::new();
    let mut stroke = |pts: &[V3], tone: Tone, cut: bool, trunk: bool| {
        let projected: Vec<(Point, f32)> = pts.iter().map(|&p| project(figure, p)).collect();
        let depth = projected.iter().map(|(_, d)| d).sum::<f32>() / projected.len() as f32;
        let points = projected.into_iter().map(|(p, _)| p).collect();
        let width = if trunk { TRUNK_WIDTH } else { LIMB_WIDTH };
        shapes.push((depth, Shape::Limb { points, tone, cut, width }));
    };
    let [p, l, t] = sk.spine;
    stroke(&[p, l, t], Tone::Near, false, true);
    stroke(&[t, sk.neck_top], Tone::Near, false, false);
    stroke(&[sk.arms[0][0], t, sk.arms[1][0]], Tone::Near, false, false);
    stroke(&[sk.legs[0][0], p, sk.legs[1][0]], Tone::Near, false, true);
    let mut limb = |pts: &[V3], tone: Tone, cut: bool| stroke(pts, tone, cut, false);
    let far_side = usize::from(!figure.near_left);
    for (side, (_, joints)) in SIDES.iter().enumerate() {
        let tone = if view == View::Side && side != far_side { Tone::Far } else { Tone::Near };
        let [sh, el, wr, kn, tip, thumb, fan_a, fan_b] = sk.arms[side];
        limb(&[sh, el, wr, kn, tip], tone, true);
        limb(&[wr, thumb], tone, false);
        if pose.get(joints[4])[1] > 3.0 {
            limb(&[kn, fan_a], tone, false);
            limb(&[kn, fan_b], tone, false);
        }
        limb(&sk.legs[side], tone, true);
    }
    let (centre, head_depth) = project(figure, sk.head);
    shapes.push((head_depth, Shape::Head { centre, radius: HEAD_RADIUS }));
    shapes.extend(eyes(figure, pose, &sk, head_depth));
    // Far limbs first, then everything by depth: the painter's algorithm. An insertion sort of
    // a score of shapes, stable, and far smaller in the wasm than the library's sorts.
    let near = |(depth, s): &(f32, Shape)| (!matches!(s, Shape::Limb { tone: Tone::Far, .. }), *depth);
    for i in 1..shapes.len() {
        let mut j = i;
        while j > 0 && near(&shapes[j - 1]).partial_cmp(&near(&shapes[j])) == Some(Ordering::Greater) {
            shapes.swap(j - 1, j);
            j -= 1;
        }
    }
    let mut out = props(figure, &sk);
    out.extend(shapes.into_iter().map(|(_, s)| s));
    for (i, mark) in figure.marks.iter().enumerate() {
        if pose.1 & (1 << i) != 0 {
            draw_mark(figure, pose, &sk, *mark, &mut out);
        }
    }
    out
}

/// The eyes that face the viewer, and the line of sight if the pose draws one.
fn eyes(figure: &Figure, pose: &Pose, sk: &Skeleton, head_depth: f32) -> Vec<(f32, Shape)> {
    let [down, left, _] = pose.get(Joint::Eyes);
    let gaze = apply(&turn(&sk.head_frame, &[rx(down), ry(left)]), [0.0, 0.0, 1.0]);
    let closed = pose.get(Joint::Lids)[0] >= 45.0;
    let mut out = Vec::new();
    let mut mid = [0.0; 3];
    for s in [1.0, -1.0] {
        let eye = step(sk.head, &sk.head_frame, [s * 2.6, 1.0, 3.8]);
        mid = add(mid, scale(eye, 0.5));
        let (at, depth) = project(figure, add(eye, scale(gaze, 1.2)));
        if depth > head_depth + 1.0 {
            out.push((depth + 0.01, Shape::Eye { at, closed, radius: 1.1 }));
        }
    }
    let length = pose.get(Joint::Sight)[0];
    if length > 0.0 {
        let (from, depth) = project(figure, add(mid, scale(gaze, 8.0)));
        let (to, _) = project(figure, add(mid, scale(gaze, length)));
        out.push((depth + 100.0, Shape::Sight { from, to }));
    }
    out
}

fn pt(x: f32, y: f32) -> Point {
    Point { x, y: -y }
}

/// Marks are thin: this far from the body's strokes they read as drawn beside it.
const MARK_GAP: f32 = 4.0;
const INSET_RADIUS: f32 = 17.0;

fn p2(x: f32, y: f32) -> Point {
    Point { x, y }
}

/// `a + b·by`.
fn plus(a: Point, b: Point, by: f32) -> Point {
    p2(a.x + b.x * by, a.y + b.y * by)
}

/// `v` turned by `deg` on the screen (y down, so positive turns clockwise).
fn rotated(v: Point, deg: f32) -> Point {
    arc(p2(0.0, 0.0), v, p2(-v.y, v.x), deg, deg, 0)[0]
}

fn unit2(v: Point) -> Point {
    let n = (v.x * v.x + v.y * v.y).sqrt().max(1e-6);
    p2(v.x / n, v.y / n)
}

/// `n + 1` points of the arc `c + u·cos a + v·sin a` for `a` from `from` to `to` degrees: every
/// ring, circle and turn of the marks (a circle in 3-D projects to such an ellipse).
#[inline(never)]
fn arc(c: Point, u: Point, v: Point, from: f32, to: f32, n: u16) -> Vec<Point> {
    (0..=n)
        .map(|i| {
            let (s, co) = sin_cos(from + (to - from) * f32::from(i) / f32::from(n.max(1)));
            plus(plus(c, u, co), v, s)
        })
        .collect()
}

/// A mark's stroke, with an arrowhead at its end (and at its start when `both`).
#[inline(never)]
fn arrow(out: &mut Vec<Shape>, points: Vec<Point>, heads: u8) {
    let n = points.len();
    for (tip, from) in [(n - 1, n - 2), (0, 1)].into_iter().take(usize::from(heads)) {
        let (tip, from) = (points[tip], points[from]);
        let back = plus(p2(0.0, 0.0), unit2(p2(from.x - tip.x, from.y - tip.y)), 3.2);
        let wings = arc(tip, back, p2(-back.y, back.x), -32.0, 32.0, 2);
        out.push(Shape::Mark { points: vec![wings[0], tip, wings[2]] });
    }
    out.push(Shape::Mark { points });
}

/// Where a mark sits, and the direction the place faces out of the body (along the forearm
/// at a hand).
fn anchor(sk: &Skeleton, at: Anchor) -> (V3, V3) {
    let [pelvis, lumbar, thorax] = sk.frames;
    match at {
        Anchor::Glutes => (step(sk.pelvis, &pelvis, [0.0, -2.0, -7.0]), scale(axis(&pelvis, 2), -1.0)),
        Anchor::Belly => (step(sk.pelvis, &lumbar, [0.0, 9.0, 6.5]), axis(&lumbar, 2)),
        Anchor::Hips => (sk.pelvis, axis(&pelvis, 2)),
        Anchor::Head | Anchor::Eyes => (sk.head, axis(&sk.head_frame, 1)),
        Anchor::ShoulderL | Anchor::ShoulderR => {
            (sk.arms[usize::from(at == Anchor::ShoulderR)][0], axis(&thorax, 1))
        }
        Anchor::HandL | Anchor::HandR => {
            let [_, el, wr, kn, ..] = sk.arms[usize::from(at == Anchor::HandR)];
            (scale(add(wr, kn), 0.5), unit(sub(wr, el)))
        }
    }
}

/// One mark's strokes, over the figure.
#[inline(never)]
fn draw_mark(figure: &Figure, pose: &Pose, sk: &Skeleton, mark: Mark, out: &mut Vec<Shape>) {
    let (at, outward) = anchor(sk, mark.at);
    // Projection is linear: a 3-D offset from the place becomes a 2-D one.
    let c = project(figure, at).0;
    let flat = |v: V3| {
        let p = project(figure, add(at, v)).0;
        p2(p.x - c.x, p.y - c.y)
    };
    let thorax = sk.frames[2];
    match mark.kind {
        MarkKind::Squeeze => {
            // Pulse rings: arcs facing out of the body, or whole rings where it faces the viewer.
            let d = flat(outward);
            let span = if d.x * d.x + d.y * d.y > 0.25 { 50.0 } else { 180.0 };
            let (u, v) = (unit2(d), unit2(p2(-d.y, d.x)));
            for r in [5.0, 8.5, 12.0] {
                out.push(Shape::Mark {
                    points: arc(c, p2(u.x * r, u.y * r), p2(v.x * r, v.y * r), -span, span, 12),
                });
            }
        }
        MarkKind::Roll | MarkKind::Twist => {
            // About the forearm at a hand, about the shoulders' line elsewhere; a roll goes
            // forward, up, back and down.
            let along =
                if matches!(mark.at, Anchor::HandL | Anchor::HandR) { outward } else { axis(&thorax, 0) };
            let up = axis(&thorax, 1);
            let u = unit(sub(up, scale(along, dot(up, along))));
            let v = cross(along, u);
            if mark.kind == MarkKind::Roll {
                arrow(out, arc(c, flat(scale(u, 9.0)), flat(scale(v, 9.0)), 90.0, -180.0, 16), 1);
            } else {
                arrow(out, arc(c, flat(scale(u, 6.0)), flat(scale(v, 6.0)), -100.0, 100.0, 12), 2);
            }
        }
        MarkKind::Up | MarkKind::Down | MarkKind::Forward | MarkKind::Back => {
            let dir = [[0.0, 1.0, 0.0], [0.0, -1.0, 0.0], [0.0, 0.0, 1.0], [0.0, 0.0, -1.0]]
                [mark.kind as usize - MarkKind::Up as usize];
            let gap = match mark.at {
                Anchor::Head | Anchor::Eyes => HEAD_RADIUS,
                Anchor::Hips => TRUNK_WIDTH / 2.0,
                _ => LIMB_WIDTH / 2.0,
            } + MARK_GAP;
            arrow(out, vec![plus(c, flat(dir), gap), plus(c, flat(dir), gap + 11.0)], 1);
        }
        MarkKind::Exhale | MarkKind::Inhale => {
            let mouth = step(sk.head, &sk.head_frame, [0.0, -3.0, HEAD_RADIUS]);
            let m = project(figure, mouth).0;
            let face = project(figure, add(mouth, axis(&sk.head_frame, 2))).0;
            let d = unit2(p2(face.x - m.x, 0.4));
            if mark.kind == MarkKind::Inhale {
                let nose = plus(m, p2(0.0, -2.5), 1.0);
                arrow(out, vec![plus(nose, d, 14.0), plus(nose, d, MARK_GAP)], 1);
                return;
            }
            // Three wavy lines fanning out from the lips.
            for turn in [-22.0, 0.0, 22.0] {
                let d = rotated(d, turn);
                let n = p2(-d.y, d.x);
                let points = (0..13u8)
                    .map(|i| {
                        let wave = [0.0, 0.5, 0.7, 0.5, 0.0, -0.5, -0.7, -0.5][usize::from(i % 8)];
                        plus(plus(m, d, 3.5 + f32::from(i)), n, wave)
                    })
                    .collect();
                out.push(Shape::Mark { points });
            }
        }
        MarkKind::Detail if mark.at == Anchor::Eyes => eyes_detail(figure, pose, sk, out),
        MarkKind::Detail => hand_detail(figure, pose, sk, mark.at, out),
    }
}

/// Where an inset goes: level with the head, on the side `dir` (+1 is the screen's right).
fn inset(figure: &Figure, sk: &Skeleton, dir: f32, out: &mut Vec<Shape>) -> Point {
    let hips = project(figure, sk.pelvis).0;
    let seated = figure.stance == Stance::Seated;
    let y = if seated { SEATED_HIP } else { 53.0 } + LUMBAR + THORAX + 6.0;
    let centre = p2(if seated { hips.x } else { 0.0 } + dir * 36.0, -y);
    out.push(Shape::Inset { centre, radius: INSET_RADIUS });
    centre
}

/// A hand, large, in an inset on its side of the body, with a ring at the hand itself: seen
/// from its palm with the fingers up, it shows their curl and spread and the thumb's swing;
/// held out and turned palm up or down (the forearm rotated past 45°), it is seen from the
/// thumb's side, the fingers curling toward the palm.
#[inline(never)]
fn hand_detail(figure: &Figure, pose: &Pose, sk: &Skeleton, at: Anchor, out: &mut Vec<Shape>) {
    let (hand, along) = anchor(sk, at);
    let focus = project(figure, hand).0;
    let dir = if focus.x < project(figure, sk.pelvis).0.x { -1.0 } else { 1.0 };
    out.push(Shape::Mark { points: arc(focus, p2(5.5, 0.0), p2(0.0, 5.5), 0.0, 360.0, 16) });
    let centre = inset(figure, sk, dir, out);
    let side = usize::from(at == Anchor::HandR);
    let joint = |j: [Joint; 2]| pose.get(j[side]);
    let [curl, spread, _] = joint([Joint::FingersL, Joint::FingersR]);
    let supination = joint([Joint::ElbowL, Joint::ElbowR])[2];
    let away = joint([Joint::ThumbL, Joint::ThumbR])[0] * 1.2;
    let mut stroke = |pts: &[[f32; 2]], width: f32| {
        let points = pts.iter().map(|&[x, y]| p2(centre.x + x, centre.y + y)).collect();
        out.push(Shape::Limb { points, tone: Tone::Near, cut: false, width });
    };
    if along[1] < 0.5 && supination.abs() > 45.0 {
        // From the thumb's side, the forearm coming in from the body's side.
        let (x, palm_up) = (-dir, supination.signum());
        stroke(&[[x * 13.0, 1.0], [-x * 5.0, 0.0]], 6.0);
        let tip = rotated(p2(-x * 8.0, 0.0), x * palm_up * curl);
        stroke(&[[-x * 5.0, 0.0], [tip.x - x * 5.0, tip.y]], 4.0);
        // The turn about the forearm, as at the body's wrist.
        arrow(
            out,
            arc(plus(centre, p2(x * 6.0, 0.0), 1.0), p2(2.5, 0.0), p2(0.0, 7.5), -100.0, 100.0, 12),
            2,
        );
        return;
    }
    // The palm facing the viewer, the thumb on the side away from the body.
    let x = if (at == Anchor::HandL) == figure.near_left { -dir } else { dir };
    stroke(&[[0.0, 14.0], [0.0, 5.0]], 6.0);
    stroke(&[[-2.6, 3.5], [2.6, 3.5], [2.6, -1.5], [-2.6, -1.5], [-2.6, 3.5]], 5.5);
    let length = 1.5 + 8.0 * sin_cos(curl).1.max(0.0);
    for i in 0..4u8 {
        let base = -3.9 + 2.6 * f32::from(i);
        let tip = rotated(p2(0.0, -length), (f32::from(i) - 1.5) / 1.5 * spread);
        stroke(&[[base, -3.5], [base + tip.x, tip.y - 3.5]], 2.4);
    }
    let swing = x * (35.0 + spread * 0.5);
    let root = plus(centre, p2(x * 4.2, 3.0), 1.0);
    let thumb = rotated(p2(0.0, -6.5), swing + x * away);
    stroke(&[[x * 4.2, 3.0], [x * 4.2 + thumb.x, 3.0 + thumb.y]], 2.8);
    if away > 10.0 {
        // The thumb drawn back: an arrow from where it rests to where it is pulled.
        let rest = rotated(p2(0.0, -10.0), swing);
        arrow(out, arc(root, rest, p2(-rest.y * x, rest.x * x), 0.0, away, 8), 1);
    }
}

/// The eyes, large, in an inset: the pupils look where the pose looks, inside the loops of
/// the path the gaze traces through the keys (corner-cut twice into a smooth curve).
#[inline(never)]
fn eyes_detail(figure: &Figure, pose: &Pose, sk: &Skeleton, out: &mut Vec<Shape>) {
    let centre = inset(figure, sk, if figure.near_left { -1.0 } else { 1.0 }, out);
    let side = if figure.near_left { -0.5 } else { 0.5 };
    let gaze = |p: &Pose| {
        let [down, left, _] = p.get(Joint::Eyes);
        p2(side * left, down * 0.5)
    };
    let mut path: Vec<Point> = figure.keys.iter().map(|k| plus(centre, gaze(&k.pose), 1.0)).collect();
    for _ in 0..2 {
        let n = path.len();
        path = (0..2 * n)
            .map(|i| {
                let (a, b) = (path[i / 2], path[(i / 2 + 1) % n]);
                let w = if i % 2 == 0 { 0.25 } else { 0.75 };
                plus(a, p2(b.x - a.x, b.y - a.y), w)
            })
            .collect();
    }
    path.push(path[0]);
    path.truncate(path.len().max(3));
    let look = gaze(pose);
    arrow(out, path, 1);
    for dx in [-8.0, 8.0] {
        let eye = plus(centre, p2(dx, 0.0), 1.0);
        out.push(Shape::Limb {
            points: arc(eye, p2(4.2, 0.0), p2(0.0, 4.2), 0.0, 360.0, 16),
            tone: Tone::Near,
            cut: false,
            width: 1.6,
        });
        out.push(Shape::Head { centre: plus(eye, look, 0.18), radius: 2.2 });
    }
}

/// The floor, and each prop where the figure uses it.
fn props(figure: &Figure, sk: &Skeleton) -> Vec<Shape> {
    let side = figure.view == View::Side;
    let seated = figure.stance == Stance::Seated;
    let anchor = if seated { project(figure, sk.pelvis).0.x } else { 0.0 };
    let mut out = vec![Shape::Prop { points: vec![pt(-200.0, 0.0), pt(200.0, 0.0)] }];
    for &Prop { kind, offset } in &figure.props {
        let default = match (kind, seated, side) {
            (PropKind::Chair, true, _) => 0,
            (PropKind::Chair, false, _) => -32,
            (PropKind::Desk, _, true) => 24,
            (PropKind::Desk, _, false) => 0,
            (PropKind::Wall, _, true) => -22,
            (PropKind::Wall, _, false) => 40,
            (PropKind::Mat, _, _) => 0,
        };
        // Seen from the left, the figure faces left and so does everything it faces.
        let dir = if figure.near_left { -1.0 } else { 1.0 };
        let x = anchor + dir * f32::from(offset.unwrap_or(default));
        let at = |dx: f32, y: f32| pt(x + dir * dx, y);
        let lines: Vec<Vec<Point>> = match (kind, side) {
            (PropKind::Chair, true) => vec![
                vec![at(-13.0, 55.0), at(-13.0, SEAT), at(12.0, SEAT), at(12.0, 0.0)],
                vec![at(-13.0, SEAT), at(-13.0, 0.0)],
            ],
            (PropKind::Chair, false) => vec![
                vec![pt(x - 17.0, 0.0), pt(x - 17.0, SEAT), pt(x + 17.0, SEAT), pt(x + 17.0, 0.0)],
                vec![pt(x - 15.0, SEAT), pt(x - 15.0, 52.0), pt(x + 15.0, 52.0), pt(x + 15.0, SEAT)],
            ],
            (PropKind::Desk, true) => {
                vec![vec![at(0.0, DESK), at(45.0, DESK)], vec![at(40.0, DESK), at(40.0, 0.0)]]
            }
            (PropKind::Desk, false) => vec![
                vec![pt(x - 38.0, DESK), pt(x + 38.0, DESK)],
                vec![pt(x - 34.0, DESK), pt(x - 34.0, 0.0)],
                vec![pt(x + 34.0, DESK), pt(x + 34.0, 0.0)],
            ],
            (PropKind::Wall, _) => vec![vec![pt(x, 0.0), pt(x, 110.0)]],
            (PropKind::Mat, _) => vec![vec![pt(x - 50.0, 1.0), pt(x + 50.0, 1.0)]],
        };
        out.extend(lines.into_iter().map(|points| Shape::Prop { points }));
    }
    out
}

/// A view box `[x, y, width, height]` that holds the figure in every key pose, with a margin,
/// down to the floor, or for a close figure down to just below the hands and the seat.
pub fn view_box(figure: &Figure) -> [f32; 4] {
    // What a close figure leaves out: everything below the seat, or the waist standing.
    let cut = match (figure.close, figure.stance) {
        (false, _) => f32::MAX,
        (true, Stance::Seated) => -(SEAT - 2.0),
        (true, _) => -45.0,
    };
    let (mut x0, mut x1, mut y0, mut y1) = (f32::MAX, f32::MIN, f32::MAX, f32::MIN);
    for key in &figure.keys {
        for shape in draw(figure, &key.pose) {
            let (pts, pad): (Vec<Point>, f32) = match shape {
                Shape::Limb { points, width, .. } => (points, width / 2.0),
                Shape::Head { centre, radius } | Shape::Inset { centre, radius } => {
                    (vec![centre], radius + 1.0)
                }
                Shape::Mark { points } => (points, 1.5),
                Shape::Eye { .. } | Shape::Prop { .. } | Shape::Sight { .. } => continue,
            };
            for p in pts.into_iter().filter(|p| p.y < cut) {
                x0 = x0.min(p.x - pad);
                x1 = x1.max(p.x + pad);
                y0 = y0.min(p.y - pad);
                y1 = y1.max(p.y + pad);
            }
        }
    }
    let margin = if figure.close { 4.0 } else { 6.0 };
    let (mut x0, mut x1, y0) = (x0 - margin, x1 + margin, y0 - margin);
    let y1 = if figure.close { y1 + margin } else { 4.0 };
    // Never narrower than two thirds of the height: a standing figure keeps some air around it.
    let min_width = (y1 - y0) * 0.66;
    if x1 - x0 < min_width {
        let grow = (min_width - (x1 - x0)) / 2.0;
        x0 -= grow;
        x1 += grow;
    }
    [x0, y0, x1 - x0, y1 - y0]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::figure::notation::parse_figure;

    #[test]
    fn sine_and_cosine_match_the_library_to_drawing_precision() {
        for tenth in -7200..=7200 {
            let deg = tenth as f32 / 10.0;
            let (s, c) = sin_cos(deg);
            let (ls, lc) = deg.to_radians().sin_cos();
            assert!((s - ls).abs() < 2e-5 && (c - lc).abs() < 2e-5, "{deg}: {s} {c} vs {ls} {lc}");
            assert_eq!(sin_cos(-deg).0, -s, "odd");
        }
    }

    fn figure(text: &str, stance: Stance) -> Figure {
        parse_figure(text, stance, false).expect("parses")
    }

    fn head(shapes: &[Shape]) -> (Point, f32) {
        shapes
            .iter()
            .find_map(|s| match s {
                Shape::Head { centre, radius } => Some((*centre, *radius)),
                _ => None,
            })
            .expect("a head")
    }

    fn limbs(shapes: &[Shape]) -> Vec<Vec<Point>> {
        shapes
            .iter()
            .filter_map(|s| match s {
                Shape::Limb { points, .. } => Some(points.clone()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn standing_straight_the_figure_is_one_body_tall_on_the_floor() {
        let f = figure("front | 1s", Stance::Standing);
        let shapes = draw(&f, &f.keys[0].pose);
        let (centre, r) = head(&shapes);
        assert!((centre.y - r + 100.0).abs() < 1.5, "top of the head at 100: {centre:?}");
        let lowest = limbs(&shapes).iter().flatten().map(|p| p.y).fold(f32::MIN, f32::max);
        assert!(lowest.abs() < 1e-3, "feet on the floor: {lowest}");
    }

    #[test]
    fn seated_the_hips_rest_on_the_seat_and_the_feet_reach_the_floor() {
        let f = figure("side chair | 1s", Stance::Seated);
        let shapes = draw(&f, &f.keys[0].pose);
        let legs = limbs(&shapes);
        let hip_y = legs.iter().flatten().map(|p| p.y).filter(|y| (y + SEATED_HIP).abs() < 1e-3).count();
        assert!(hip_y >= 2, "hips at seat height");
        let lowest = legs.iter().flatten().map(|p| p.y).fold(f32::MIN, f32::max);
        assert!(lowest.abs() < 1.5, "feet on the floor: {lowest}");
        let (centre, _) = head(&shapes);
        assert!(centre.x.abs() < 2.0, "upright: the head above the hips");
    }

    #[test]
    fn a_forward_fold_moves_the_head_forward_and_down() {
        let f = figure("side | 1s | 1s hip=60 lumbar=20 thorax=20", Stance::Standing);
        let (up, _) = head(&draw(&f, &f.keys[0].pose));
        let (down, _) = head(&draw(&f, &f.keys[1].pose));
        assert!(down.x > up.x + 20.0 && down.y > up.y + 20.0, "{up:?} -> {down:?}");
        let lowest = limbs(&draw(&f, &f.keys[1].pose)).iter().flatten().map(|p| p.y).fold(f32::MIN, f32::max);
        assert!(lowest.abs() < 1e-3, "still standing on the floor");
    }

    #[test]
    fn a_mirrored_pose_is_drawn_as_the_mirror_image_in_the_front_view() {
        let f = figure("front | 1s neck=0/30 shoulder.l=0/90 hip.r=0/20", Stance::Standing);
        let m = f.mirrored();
        let a = draw(&f, &f.keys[0].pose);
        let b = draw(&m, &m.keys[0].pose);
        let (ha, _) = head(&a);
        let (hb, _) = head(&b);
        assert!(ha.x.abs() > 1.0 && (ha.x + hb.x).abs() < 1e-3, "{ha:?} {hb:?}");
        let mut xa: Vec<i32> = limbs(&a).iter().flatten().map(|p| (p.x * 100.0).round() as i32).collect();
        let mut xb: Vec<i32> = limbs(&b).iter().flatten().map(|p| (-p.x * 100.0).round() as i32).collect();
        xa.sort();
        xb.sort();
        assert_eq!(xa, xb);
    }

    #[test]
    fn the_far_limbs_are_lighter_in_the_side_view_and_drawn_first() {
        let f = figure("side | 1s", Stance::Standing);
        let shapes = draw(&f, &f.keys[0].pose);
        let first_body = shapes.iter().position(|s| !matches!(s, Shape::Prop { .. })).unwrap();
        assert!(matches!(shapes[first_body], Shape::Limb { tone: Tone::Far, .. }));
        let front = figure("front | 1s", Stance::Standing);
        assert!(!draw(&front, &front.keys[0].pose)
            .iter()
            .any(|s| matches!(s, Shape::Limb { tone: Tone::Far, .. })));
    }

    fn marks(shapes: &[Shape]) -> usize {
        shapes.iter().filter(|s| matches!(s, Shape::Mark { .. } | Shape::Inset { .. })).count()
    }

    #[test]
    fn a_key_draws_its_own_marks_over_the_figure_and_inside_the_view_box() {
        let f = figure("side chair | 1s | 1s squeeze:glutes | 1s exhale up:head", Stance::Seated);
        let drawn: Vec<Vec<Shape>> = f.keys.iter().map(|k| draw(&f, &k.pose)).collect();
        assert_eq!(
            drawn.iter().map(|s| marks(s)).collect::<Vec<_>>(),
            [0, 3, 5],
            "3 rings; 3 breaths, an arrow and its head"
        );
        assert!(matches!(drawn[1].last(), Some(Shape::Mark { .. })), "on top of the body");
        let (head, _) = head(&drawn[2]);
        let up = drawn[2].iter().rev().find_map(|s| match s {
            Shape::Mark { points } if points.len() == 2 => Some(points.clone()),
            _ => None,
        });
        let up = up.expect("the arrow's shaft");
        assert!(up[1].y < up[0].y && up[0].y < head.y - HEAD_RADIUS, "above the head, pointing up: {up:?}");
        let [x, y, w, h] = view_box(&f);
        for s in &drawn[1] {
            if let Shape::Mark { points } = s {
                assert!(
                    points.iter().all(|p| p.x > x && p.x < x + w && p.y > y && p.y < y + h),
                    "{points:?}"
                );
            }
        }
    }

    #[test]
    fn a_detail_draws_an_inset_beside_the_body_and_the_fist_differs_from_the_spread_hand() {
        let f = figure("front chair close | base shoulder=35/10 elbow=110/0/80 detail:hand.r | 1s fingers=90 | 1s fingers=-10/30", Stance::Seated);
        let (fist, spread) = (draw(&f, &f.keys[0].pose), draw(&f, &f.keys[1].pose));
        let inset = |s: &[Shape]| {
            s.iter().find_map(|s| match s {
                Shape::Inset { centre, radius } => Some((*centre, *radius)),
                _ => None,
            })
        };
        let (centre, radius) = inset(&fist).expect("an inset");
        assert_eq!(inset(&spread), Some((centre, radius)), "the inset stays put through the loop");
        let (head, _) = head(&fist);
        assert!((centre.x - head.x).abs() > radius + HEAD_RADIUS, "beside the head, not over it");
        assert_ne!(fist, spread);
    }

    #[test]
    fn the_view_box_holds_every_key_pose() {
        let f = figure("front | 1s | 1s shoulder=180/0", Stance::Standing);
        let [x, y, w, h] = view_box(&f);
        for key in &f.keys {
            for p in limbs(&draw(&f, &key.pose)).iter().flatten() {
                assert!(p.x > x && p.x < x + w && p.y > y && p.y < y + h, "{p:?}");
            }
        }
    }
}
