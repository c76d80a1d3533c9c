use std::collections::{HashSet, VecDeque};

fn shortest_path(grid: &[&str], start: (usize, usize), goal: (usize, usize)) -> Option<usize> {
    let rows = grid.len();
    let cols = grid[0].len();
    let cells: Vec<Vec<char>> = grid.iter().map(|r| r.chars().collect()).collect();
    let mut seen = HashSet::new();
    let mut queue = VecDeque::new();
    queue.push_back((start, 0));
    seen.insert(start);
    while let Some(((r, c), dist)) = queue.pop_front() {
        if (r, c) == goal {
            return Some(dist);
        }
        let neighbors = [(r.wrapping_sub(1), c), (r + 1, c), (r, c.wrapping_sub(1)), (r, c + 1)];
        for (nr, nc) in neighbors {
            if nr < rows && nc < cols && cells[nr][nc] != '#' && seen.insert((nr, nc)) {
                queue.push_back(((nr, nc), dist + 1));
            }
        }
    }
    None
}

fn main() {
    let maze = [
        "..#.....",
        "..#.##..",
        "....#...",
        "###.#.#.",
        "....#.#.",
    ];
    println!("{:?}", shortest_path(&maze, (0, 0), (4, 7)));
    println!("{:?}", shortest_path(&maze, (0, 0), (0, 3)));
    println!("{:?}", shortest_path(&maze, (4, 0), (0, 1)));
    let walled = [".#.", "##.", "..."];
    println!("{:?}", shortest_path(&walled, (0, 0), (2, 2)));
}
