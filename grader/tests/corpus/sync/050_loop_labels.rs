fn main() {
    let grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]];
    let mut found = None;
    'rows: for (r, row) in grid.iter().enumerate() {
        for (c, &v) in row.iter().enumerate() {
            if v * v > 20 {
                found = Some((r, c, v));
                break 'rows;
            }
        }
    }
    println!("found {:?}", found);

    'outer: for i in 0..4 {
        for j in 0..4 {
            if j > i {
                continue 'outer;
            }
            if i == 3 {
                break 'outer;
            }
            print!("({i},{j}) ");
        }
    }
    println!();

    let mut count = 0;
    let v = 'search: loop {
        loop {
            count += 1;
            if count % 7 == 0 {
                break 'search count;
            }
            if count % 3 == 0 {
                break;
            }
        }
        println!("inner ended at {count}");
    };
    println!("v {v}");
    let r = 'block: {
        if v > 5 {
            break 'block "big";
        }
        "small"
    };
    println!("{r}");
}
