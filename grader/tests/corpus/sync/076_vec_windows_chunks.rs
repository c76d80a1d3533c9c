fn main() {
    let temps = [12, 15, 11, 18, 20, 19];
    for w in temps.windows(2) {
        let diff = w[1] - w[0];
        println!("{:?} change {:+}", w, diff);
    }
    let rising = temps.windows(2).filter(|w| w[1] > w[0]).count();
    println!("rising days {rising}");
    let moving: Vec<f64> = temps.windows(3).map(|w| w.iter().sum::<i32>() as f64 / 3.0).collect();
    println!("{moving:?}");
    let data: Vec<u8> = (1..=10).collect();
    for chunk in data.chunks(4) {
        println!("chunk {:?} sum {}", chunk, chunk.iter().map(|&b| b as u32).sum::<u32>());
    }
    for chunk in data.chunks_exact(3) {
        print!("{chunk:?} ");
    }
    println!();
    println!("{:?}", data.chunks_exact(3).remainder());
    println!("{:?}", data.rchunks(4).next());
    println!("{}", data.windows(11).count());
    let mut m = [1, 2, 3, 4, 5, 6];
    for pair in m.chunks_mut(2) {
        pair.swap(0, 1);
    }
    println!("{m:?}");
}
