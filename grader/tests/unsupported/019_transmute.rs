fn main() {
    let bits: u32 = 0x3f800000;
    let f: f32 = unsafe { std::mem::transmute(bits) }; //~ unsupported: unsafe|transmute
    println!("{f}");
}
