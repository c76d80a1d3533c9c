// `Vec::with_capacity(n)` for a huge n: "capacity overflow" or an allocation failure depending on
// the element size (none for a zero-sized type) and the machine.
fn main() {
    let v: Vec<u64> = Vec::with_capacity(3);
    println!("{}", v.len());
    let w: Vec<u64> = Vec::with_capacity(usize::MAX); //~ unsupported: `Vec::with_capacity` of 18446744073709551615
    println!("{}", w.len());
}
