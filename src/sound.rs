//! The optional sound cue: a short, soft tone from Web Audio (no audio file to ship).

use web_sys::AudioContext;

/// Plays a 180 ms tone. Failing to play is not worth bothering the user about.
pub fn cue() {
    let Ok(ctx) = AudioContext::new() else { return };
    let (Ok(osc), Ok(gain)) = (ctx.create_oscillator(), ctx.create_gain()) else { return };
    osc.frequency().set_value(660.0);
    let t = ctx.current_time();
    let g = gain.gain();
    g.set_value(0.0);
    let _ = g.linear_ramp_to_value_at_time(0.15, t + 0.02);
    let _ = g.linear_ramp_to_value_at_time(0.0, t + 0.18);
    if osc.connect_with_audio_node(&gain).is_ok() && gain.connect_with_audio_node(&ctx.destination()).is_ok()
    {
        let _ = osc.start();
        let _ = osc.stop_with_when(t + 0.2);
    }
}
