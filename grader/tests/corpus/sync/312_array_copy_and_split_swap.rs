fn bump(mut a: [i32; 3]) -> [i32; 3] {
    a[0] += 10;
    a
}

fn main() {
    let a = [1, 2, 3];
    let mut b = a;
    b[1] = 20;
    let c = bump(a);
    println!("{a:?} {b:?} {c:?}");
    let grid = [[0u8; 2]; 2];
    let mut g2 = grid;
    g2[0][1] = 7;
    println!("{grid:?} {g2:?}");
    let mut v = [1, 2, 3, 4, 5, 6];
    {
        let (left, right) = v.split_at_mut(3);
        std::mem::swap(&mut left[0], &mut right[2]);
        let old = std::mem::replace(&mut left[1], 50);
        println!("old {old}");
    }
    println!("{v:?}");
    println!("{}", std::mem::size_of_val(&v));
    let words = [1.5f32, 2.5];
    println!("{}", std::mem::size_of_val(&words));
}
