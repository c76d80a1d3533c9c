unsafe trait Zeroable {} //~ unsupported: unsafe

#[derive(Debug, Default)]
struct Pixel(u8, u8, u8);

fn main() {
    println!("{:?}", Pixel::default());
}
